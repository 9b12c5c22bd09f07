// Schema constructs over real HTTP (node:http on 127.0.0.1): the exact JSON each generated
// method sends, and what it returns. Fixtures: test/fixtures/constructs/<name>.yaml.
import { describe, expect, it } from "vitest";
import { AdditionalProperties } from "./generated/additional-properties/index.js";
import { AllOf } from "./generated/allof/index.js";
import { AnyOf } from "./generated/anyof/index.js";
import { Const } from "./generated/const/index.js";
import { Discriminator } from "./generated/discriminator/index.js";
import { Enums } from "./generated/enums/index.js";
import { Nullable30 } from "./generated/nullable-30/index.js";
import { OneOf } from "./generated/oneof/index.js";
import { ReadWriteOnly } from "./generated/read-write-only/index.js";
import { Recursive } from "./generated/recursive/index.js";
import { TypeArrays31 } from "./generated/type-arrays-31/index.js";
import { onlyRequest, useServers } from "./helpers.js";

const { serve } = useServers();
const JSON_REPLY = { "content-type": "application/json" };

describe("allOf", () => {
  it("sends the fields of every part as one JSON object and returns the parsed body", async () => {
    const target = await serve([{ status: 200, body: { name: "Rex", bark: true, tag: "good" } }]);
    const dog = await new AllOf({ baseUrl: target.url }).dogs.createDog({ name: "Rex", bark: true });
    expect(dog).toEqual({ name: "Rex", bark: true, tag: "good" });
    const request = onlyRequest(target);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/dogs");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.body).toBe('{"name":"Rex","bark":true}');
  });
});

describe("oneOf", () => {
  it("sends `params.body` as the JSON body", async () => {
    const target = await serve([{ status: 200, body: { barks: true } }]);
    const pet = await new OneOf({ baseUrl: target.url }).pets.updatePet({ body: { meows: true } });
    expect(pet).toEqual({ barks: true });
    const request = onlyRequest(target);
    expect(request.method).toBe("PUT");
    expect(request.url).toBe("/pets");
    expect(request.body).toBe('{"meows":true}');
  });

  it("returns either primitive of a oneOf response as JSON decodes it", async () => {
    const target = await serve([
      { status: 200, headers: JSON_REPLY, body: "42" },
      { status: 200, headers: JSON_REPLY, body: '"abc"' },
    ]);
    const client = new OneOf({ baseUrl: target.url });
    expect(await client.pets.getIdentifier()).toBe(42);
    expect(await client.pets.getIdentifier()).toBe("abc");
    expect(target.requests.map((request) => `${request.method} ${request.url}`)).toEqual(["GET /identifier", "GET /identifier"]);
  });
});

describe("anyOf", () => {
  it("sends a body matching both members as is, and returns mixed array items", async () => {
    const target = await serve([{ status: 200, body: ["Ada", 36] }]);
    const found = await new AnyOf({ baseUrl: target.url }).people.search({ body: { name: "Ada", age: 36 } });
    expect(found).toEqual(["Ada", 36]);
    const request = onlyRequest(target);
    expect(request.url).toBe("/search");
    expect(request.body).toBe('{"name":"Ada","age":36}');
  });
});

describe("discriminator", () => {
  it("sends the discriminator property with the body (mapping)", async () => {
    const target = await serve([{ status: 200, body: { petType: "dog", barks: false } }]);
    const pet = await new Discriminator({ baseUrl: target.url }).pets.createMapped({ body: { petType: "cat", meows: true } });
    expect(pet).toEqual({ petType: "dog", barks: false });
    expect(onlyRequest(target).body).toBe('{"petType":"cat","meows":true}');
  });

  it("sends the discriminator property with the body (no mapping)", async () => {
    const target = await serve([{ status: 200, body: { kind: "Snake", length: 1.5 } }]);
    const pet = await new Discriminator({ baseUrl: target.url }).pets.createUnmapped({ body: { kind: "Lizard", scales: 3 } });
    expect(pet).toEqual({ kind: "Snake", length: 1.5 });
    const request = onlyRequest(target);
    expect(request.url).toBe("/unmapped");
    expect(request.body).toBe('{"kind":"Lizard","scales":3}');
  });
});

describe("nullable (3.0) and type arrays (3.1)", () => {
  it("3.0: sends null values (never drops them) and returns nulls as null", async () => {
    const reply = { nickname: null, age: null, address: null, status: null };
    const target = await serve([{ status: 200, body: reply }]);
    const profile = await new Nullable30({ baseUrl: target.url }).profiles.updateProfile({ nickname: null, age: null, address: null, status: null });
    expect(profile).toEqual(reply);
    const request = onlyRequest(target);
    expect(request.method).toBe("PUT");
    expect(request.url).toBe("/profile");
    expect(request.body).toBe('{"nickname":null,"age":null,"address":null,"status":null}');
  });

  it("3.1: sends null values and either type of a multi-type property", async () => {
    const target = await serve([{ status: 200, body: { nickname: "ada", age: null, score: "A+", tags: null } }]);
    const profile = await new TypeArrays31({ baseUrl: target.url }).profiles.updateProfile({ nickname: "ada", age: null, score: "A+", tags: null });
    expect(profile).toEqual({ nickname: "ada", age: null, score: "A+", tags: null });
    expect(onlyRequest(target).body).toBe('{"nickname":"ada","age":null,"score":"A+","tags":null}');
  });
});

describe("const", () => {
  it("sends the const query parameter and body values", async () => {
    const target = await serve([{ status: 200, body: { kind: "created", version: 2 } }]);
    const event = await new Const({ baseUrl: target.url }).events.publishEvent({ format: "json", kind: "created", version: 2, final: true });
    expect(event).toEqual({ kind: "created", version: 2 });
    const request = onlyRequest(target);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/events?format=json");
    expect(request.body).toBe('{"kind":"created","version":2,"final":true}');
  });
});

describe("enums", () => {
  it("sends an enum query parameter and an array of enum values (form, exploded)", async () => {
    const shirts = [{ color: "red", size: 1, trim: null }];
    const target = await serve([{ status: 200, body: shirts }]);
    expect(await new Enums({ baseUrl: target.url }).shirts.listShirts({ color: "green", sizes: [1, 2] })).toEqual(shirts);
    expect(onlyRequest(target).url).toBe("/shirts?color=green&sizes=1&sizes=2");
  });

  it("sends enum values, null for the nullable enum, in the body", async () => {
    const target = await serve([{ status: 200, body: { color: "blue", size: 3, trim: null } }]);
    await new Enums({ baseUrl: target.url }).shirts.createShirt({ color: "blue", size: 3, trim: null });
    expect(onlyRequest(target).body).toBe('{"color":"blue","size":3,"trim":null}');
  });
});

describe("additionalProperties", () => {
  it("true: extra keys given next to the declared ones are sent in the body", async () => {
    const target = await serve([{ status: 200, body: { id: "a", extra: 1 } }]);
    const open = await new AdditionalProperties({ baseUrl: target.url }).maps.createOpen({ id: "a", extra: 1, nested: { ok: true } });
    expect(open).toEqual({ id: "a", extra: 1 });
    expect(onlyRequest(target).body).toBe('{"id":"a","extra":1,"nested":{"ok":true}}');
  });

  it("schema: a map with no declared properties is sent whole", async () => {
    const target = await serve([{ status: 200, body: { apples: 1, pears: 2 } }]);
    const counts = await new AdditionalProperties({ baseUrl: target.url }).maps.createCounts({ apples: 1, pears: 2 });
    expect(counts).toEqual({ apples: 1, pears: 2 });
    const request = onlyRequest(target);
    expect(request.url).toBe("/counts");
    expect(request.body).toBe('{"apples":1,"pears":2}');
  });

  it("false: the declared fields are the body", async () => {
    const target = await serve([{ status: 200, body: { id: "a" } }]);
    await new AdditionalProperties({ baseUrl: target.url }).maps.createClosed({ id: "a" });
    expect(onlyRequest(target).body).toBe('{"id":"a"}');
  });
});

describe("readOnly / writeOnly", () => {
  it("sends the writable fields and returns the server's readOnly ones", async () => {
    const created = { id: "u1", name: "ada", createdAt: "2025-01-01T00:00:00Z" };
    const target = await serve([{ status: 201, body: created }]);
    const user = await new ReadWriteOnly({ baseUrl: target.url }).users.createUser({ name: "ada", password: "secret" });
    expect(user).toEqual(created);
    const request = onlyRequest(target);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/users");
    expect(request.body).toBe('{"name":"ada","password":"secret"}');
  });

  it("reads a user by percent-encoded id", async () => {
    const target = await serve([{ status: 200, body: { id: "u 1", name: "ada" } }]);
    expect(await new ReadWriteOnly({ baseUrl: target.url }).users.getUser("u 1")).toEqual({ id: "u 1", name: "ada" });
    expect(onlyRequest(target).url).toBe("/users/u%201");
  });
});

describe("recursive schemas", () => {
  it("sends and returns a self-referencing tree at any depth", async () => {
    const tree = { value: "root", children: [{ value: "a", children: [{ value: "a1", children: [] }] }], parent: { value: "up" } };
    const target = await serve([{ status: 200, body: tree }]);
    expect(await new Recursive({ baseUrl: target.url }).graph.createTree(tree)).toEqual(tree);
    expect(onlyRequest(target).body).toBe(JSON.stringify(tree));
  });

  it("returns mutually referencing objects", async () => {
    const company = { name: "Acme", employees: [{ name: "Ada", employer: { name: "Acme" } }] };
    const target = await serve([{ status: 200, body: company }]);
    expect(await new Recursive({ baseUrl: target.url }).graph.getCompany("acme")).toEqual(company);
    expect(onlyRequest(target).url).toBe("/companies/acme");
  });
});
