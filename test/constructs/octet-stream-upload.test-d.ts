// application/octet-stream upload (test/fixtures/constructs/octet-stream-upload.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { RequestOptions } from "../../src/runtime/index.js";
import type { OctetStreamUpload, BlobsPutBlobParams } from "./generated/octet-stream-upload/index.js";

declare const client: OctetStreamUpload;
declare const blob: Blob;

describe("application/octet-stream upload", () => {
  test("the body is `params.body`, taking Blob | ArrayBuffer | Uint8Array | string", () => {
    expectTypeOf<BlobsPutBlobParams>().toHaveProperty("body");
    expectTypeOf<Blob | ArrayBuffer | Uint8Array | string>().toExtend<BlobsPutBlobParams["body"]>();
    expectTypeOf<OctetStreamUpload["blobs"]["putBlob"]>().parameters.toEqualTypeOf<[string, BlobsPutBlobParams, (RequestOptions | undefined)?]>();
    expectTypeOf<OctetStreamUpload["blobs"]["putBlob"]>().returns.resolves.branded.toEqualTypeOf<{ size: number }>();
  });

  test("accepts each binary form, rejects anything else", () => {
    async function calls() {
      await client.blobs.putBlob("k", { body: blob });
      await client.blobs.putBlob("k", { body: new ArrayBuffer(8) });
      await client.blobs.putBlob("k", { body: new Uint8Array([1, 2]) });
      await client.blobs.putBlob("k", { body: "text is bytes too" });
      // @ts-expect-error a number is not a binary body
      await client.blobs.putBlob("k", { body: 42 });
      // @ts-expect-error a plain object is not a binary body
      await client.blobs.putBlob("k", { body: { a: 1 } });
      // @ts-expect-error the body is required
      await client.blobs.putBlob("k");
    }
    expectTypeOf(calls).toBeFunction();
  });
});
