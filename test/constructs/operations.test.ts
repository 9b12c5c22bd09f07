// Operation-level constructs: derived method names, untagged operations, deprecation,
// colliding names and reserved words, over real HTTP and in the emitted source.
import { join } from "node:path";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";
import { Deprecated } from "./generated/deprecated/index.js";
import { NameCollisions } from "./generated/name-collisions/index.js";
import { NoOperationId } from "./generated/no-operation-id/index.js";
import { Untagged } from "./generated/untagged/index.js";
import { GENERATED_DIR } from "./fixtures.js";
import { useServers } from "./helpers.js";

const { serve } = useServers();

/** The emitted client.ts of a fixture, parsed. */
function emittedClient(fixture: string) {
  const project = new Project({ skipAddingFilesFromTsConfig: true });
  return project.addSourceFileAtPath(join(REPO_ROOT, GENERATED_DIR, fixture, "client.ts"));
}

function jsDocTagNames(fixture: string, className: string, methodName: string): string[] {
  const method = emittedClient(fixture).getClassOrThrow(className).getMethodOrThrow(methodName);
  return method.getJsDocs().flatMap((doc) => doc.getTags().map((tag) => tag.getTagName()));
}

describe("operations without operationId", () => {
  it("each derived method sends its own method and path", async () => {
    const target = await serve([{ status: 200, body: ["a"] }, { status: 201, body: "p1" }, { status: 200, body: ["ph1"] }, { status: 204 }]);
    const client = new NoOperationId({ baseUrl: target.url });
    expect(await client.pets.getPets()).toEqual(["a"]);
    expect(await client.pets.postPets({ name: "Rex" })).toBe("p1");
    expect(await client.pets.getPetsByPetIdPhotos("p 1")).toEqual(["ph1"]);
    expect(await client.pets.deletePetsByPetIdPhotosByPhotoId("p1", 2)).toBeUndefined();
    expect(target.requests.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual([
      "GET /pets ",
      'POST /pets {"name":"Rex"}',
      "GET /pets/p%201/photos ",
      "DELETE /pets/p1/photos/2 ",
    ]);
  });

  it("the path parameters keep camelCase identifiers in the emitted signature", () => {
    const method = emittedClient("no-operation-id").getClassOrThrow("Pets").getMethodOrThrow("deletePetsByPetIdPhotosByPhotoId");
    expect(method.getParameters().map((parameter) => parameter.getName())).toEqual(["petId", "photoId", "options"]);
  });
});

describe("operations without tags", () => {
  it("are methods of the client itself; tagged ones stay on their resource", async () => {
    const target = await serve([
      { status: 200, headers: { "content-type": "text/plain" }, body: "pong" },
      { status: 200, body: { version: "1.2.3" } },
      { status: 200, body: ["t"] },
    ]);
    const client = new Untagged({ baseUrl: target.url });
    expect(await client.ping()).toBe("pong");
    expect(await client.getVersion({ verbose: true })).toEqual({ version: "1.2.3" });
    expect(await client.things.listThings()).toEqual(["t"]);
    expect(target.requests.map((request) => `${request.method} ${request.url}`)).toEqual(["GET /ping", "GET /version?verbose=true", "GET /things"]);
  });
});

describe("deprecated operations", () => {
  it("carry @deprecated in their JSDoc; current ones do not", () => {
    expect(jsDocTagNames("deprecated", "Items", "listItemsV1")).toContain("deprecated");
    expect(jsDocTagNames("deprecated", "Items", "listItems")).not.toContain("deprecated");
  });

  it("still work", async () => {
    const target = await serve([{ status: 200, body: ["old"] }]);
    expect(await new Deprecated({ baseUrl: target.url }).items.listItemsV1()).toEqual(["old"]);
    expect(target.requests[0]?.url).toBe("/v1/items");
  });
});

describe("names colliding after camelCasing", () => {
  it("getUser, getUser2, getUser3 and getThings, getThings2 reach the operations in path order", async () => {
    const target = await serve([
      { status: 200, body: { a: "1" } },
      { status: 200, body: { b: 2 } },
      { status: 200, body: "c" },
      { status: 200, body: "things" },
      { status: 200, headers: { "content-type": "application/json" }, body: "5" },
      { status: 204 },
      { status: 204 },
    ]);
    const client = new NameCollisions({ baseUrl: target.url });
    expect(await client.users.getUser("1")).toEqual({ a: "1" });
    expect(await client.users.getUser2("1")).toEqual({ b: 2 });
    expect(await client.users.getUser3("1")).toBe("c");
    expect(await client.things.getThings()).toBe("things");
    expect(await client.things.getThings2()).toBe(5);
    await client.userAdmin.adminA();
    await client.userAdmin2.adminB();
    expect(target.requests.map((request) => request.url)).toEqual(["/a/users/1", "/b/users/1", "/c/users/1", "/things", "/z/things", "/admin/a", "/admin/b"]);
  });
});

describe("a body field named like a query parameter", () => {
  it("sends the parameter in the query and `params.body` as the body", async () => {
    const target = await serve([{ status: 200, body: ["r"] }]);
    expect(await new NameCollisions({ baseUrl: target.url }).things.search({ q: "in query", body: { q: "in body", page: 2 } })).toEqual(["r"]);
    const request = target.requests[0];
    expect(request?.url).toBe("/search?q=in%20query");
    expect(request?.body).toBe('{"q":"in body","page":2}');
  });
});

describe("reserved words in the emitted source", () => {
  it("path parameter `class` is the identifier `class_`, `item-id` is `itemId`", () => {
    const resource = emittedClient("reserved-words").getClassOrThrow("Default");
    expect(
      resource
        .getMethodOrThrow("delete_")
        .getParameters()
        .map((parameter) => parameter.getName()),
    ).toEqual(["class_", "params", "options"]);
    expect(
      resource
        .getMethodOrThrow("getItem")
        .getParameters()
        .map((parameter) => parameter.getName()),
    ).toEqual(["itemId", "options"]);
  });
});
