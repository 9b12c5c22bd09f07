// Binary downloads (test/fixtures/constructs/binary-download.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { BinaryDownload, BlobsGetAvatarResponse, BlobsGetBlobResponse } from "./generated/binary-download/index.js";

describe("binary responses", () => {
  test("application/octet-stream and image/png responses are Blobs", () => {
    expectTypeOf<BlobsGetBlobResponse>().toEqualTypeOf<Blob>();
    expectTypeOf<BlobsGetAvatarResponse>().toEqualTypeOf<Blob>();
    expectTypeOf<BinaryDownload["blobs"]["getBlob"]>().returns.resolves.toEqualTypeOf<Blob>();
    expectTypeOf<BinaryDownload["blobs"]["getAvatar"]>().returns.resolves.toEqualTypeOf<Blob>();
    expectTypeOf<BlobsGetBlobResponse>().not.toEqualTypeOf<string>();
  });
});
