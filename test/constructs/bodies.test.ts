// Request body encodings over real HTTP, byte for byte: multipart/form-data (a binary field,
// repeated parts, a JSON part), x-www-form-urlencoded, application/octet-stream and text/plain.
import { describe, expect, it } from "vitest";
import { FormUrlencoded } from "./generated/form-urlencoded/index.js";
import { Multipart } from "./generated/multipart/index.js";
import { OctetStreamUpload } from "./generated/octet-stream-upload/index.js";
import { TextPlain } from "./generated/text-plain/index.js";
import { onlyRequest, parseMultipart, useServers } from "./helpers.js";

const { serve, serveRaw } = useServers();
const JSON_REPLY = { "content-type": "application/json" };
/** Bytes that are not valid UTF-8 (0xff, a lone 0x89, NUL): text handling anywhere would corrupt them. */
const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80]);

describe("multipart/form-data", () => {
  it("sends a File as a file part (name, filename, type, exact bytes), arrays as repeated parts, objects as JSON, numbers as text", async () => {
    const target = await serveRaw([{ status: 201, headers: JSON_REPLY, body: '{"id":"up1","size":12}' }]);
    const result = await new Multipart({ baseUrl: target.url }).files.uploadFile({
      file: new File([PNG_BYTES], "photo.png", { type: "image/png" }),
      title: "Holiday é",
      tags: ["a", "b"],
      meta: { source: "camera" },
      count: 3,
      attachments: [new Blob(["one"], { type: "text/plain" }), new Blob([Uint8Array.from([0xff, 0x00])])],
    });
    expect(result).toEqual({ id: "up1", size: 12 });

    const request = onlyRequest(target);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/uploads");
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const parts = parseMultipart(request.body, request.headers["content-type"]);
    expect(parts.map((part) => part.name)).toEqual(["file", "title", "tags", "tags", "meta", "count", "attachments", "attachments"]);
    const [file, title, tag1, tag2, meta, count, attachment1, attachment2] = parts;

    expect(file?.filename).toBe("photo.png");
    expect(file?.contentType).toBe("image/png");
    expect(new Uint8Array(file?.content ?? [])).toEqual(PNG_BYTES);

    expect(title?.filename).toBeUndefined();
    expect(title?.content.toString("utf8")).toBe("Holiday é");
    expect([tag1?.content.toString(), tag2?.content.toString()]).toEqual(["a", "b"]);
    expect(tag1?.filename).toBeUndefined();
    expect(JSON.parse(meta?.content.toString() ?? "")).toEqual({ source: "camera" });
    expect(meta?.filename).toBeUndefined();
    expect(count?.content.toString()).toBe("3");

    expect(attachment1?.filename).toBeDefined(); // a Blob without a name is still a file part
    expect(attachment1?.contentType).toBe("text/plain");
    expect(attachment1?.content.toString()).toBe("one");
    expect(attachment2?.filename).toBeDefined();
    expect(new Uint8Array(attachment2?.content ?? [])).toEqual(Uint8Array.from([0xff, 0x00]));
  });

  it("leaves out optional fields not given", async () => {
    const target = await serveRaw([{ status: 201, headers: JSON_REPLY, body: '{"id":"up2","size":1}' }]);
    await new Multipart({ baseUrl: target.url }).files.uploadFile({ file: new Blob(["x"]), title: "t" });
    const request = onlyRequest(target);
    expect(parseMultipart(request.body, request.headers["content-type"]).map((part) => part.name)).toEqual(["file", "title"]);
  });
});

describe("application/x-www-form-urlencoded", () => {
  it("sends the fields as URLSearchParams", async () => {
    const target = await serve([{ status: 200, body: { access_token: "tok" } }]);
    const token = await new FormUrlencoded({ baseUrl: target.url }).auth.createToken({ grant_type: "password", username: "ada lovelace", scope: "read&write" });
    expect(token).toEqual({ access_token: "tok" });
    const request = onlyRequest(target);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/token");
    expect(request.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded\b/);
    expect(request.body).toBe("grant_type=password&username=ada+lovelace&scope=read%26write");
  });
});

describe("application/octet-stream upload", () => {
  const bodies: [string, () => Blob | ArrayBuffer | Uint8Array | string, Uint8Array][] = [
    ["a Uint8Array", () => PNG_BYTES, PNG_BYTES],
    ["a view into a larger buffer (only the view's bytes)", () => new Uint8Array(PNG_BYTES.buffer.slice(0), 2, 4), PNG_BYTES.subarray(2, 6)],
    ["an ArrayBuffer", () => PNG_BYTES.buffer.slice(0), PNG_BYTES],
    ["a Blob", () => new Blob([PNG_BYTES]), PNG_BYTES],
    ["a Blob with its own type (the spec's Content-Type wins)", () => new Blob([PNG_BYTES], { type: "image/png" }), PNG_BYTES],
    ["a string, as UTF-8", () => "héllo", new TextEncoder().encode("héllo")],
  ];

  it.each(bodies)("sends %s as-is with Content-Type application/octet-stream", async (_name, body, bytes) => {
    const target = await serveRaw([{ status: 200, headers: JSON_REPLY, body: `{"size":${bytes.length}}` }]);
    const result = await new OctetStreamUpload({ baseUrl: target.url }).blobs.putBlob("k 1", { body: body() });
    expect(result).toEqual({ size: bytes.length });
    const request = onlyRequest(target);
    expect(request.method).toBe("PUT");
    expect(request.url).toBe("/blobs/k%201");
    expect(request.headers["content-type"]).toBe("application/octet-stream");
    expect(new Uint8Array(request.body)).toEqual(bytes);
  });
});

describe("text/plain", () => {
  it("sends the string as the body (not JSON-encoded) and returns the text as is, even when it looks like JSON", async () => {
    const target = await serve([{ status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: '{"looks":"like json"}' }]);
    const echoed = await new TextPlain({ baseUrl: target.url }).text.echo({ body: 'héllo\n"world"' });
    expect(echoed).toBe('{"looks":"like json"}');
    const request = onlyRequest(target);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/echo");
    expect(request.headers["content-type"]).toMatch(/^text\/plain\b/);
    expect(request.body).toBe('héllo\n"world"');
  });

  it("returns a text/csv response as a string", async () => {
    const target = await serve([{ status: 200, headers: { "content-type": "text/csv" }, body: "a,b\n1,2\n" }]);
    expect(await new TextPlain({ baseUrl: target.url }).text.getReport()).toBe("a,b\n1,2\n");
    expect(onlyRequest(target).url).toBe("/report.csv");
  });

  it("returns an empty text/* body as the empty string, not undefined (the type is string)", async () => {
    const target = await serve([{ status: 200, headers: { "content-type": "text/csv", "content-length": "0" }, body: "" }]);
    expect(await new TextPlain({ baseUrl: target.url }).text.getReport()).toBe("");
  });
});
