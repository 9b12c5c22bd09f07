// multipart/form-data upload (test/fixtures/constructs/multipart.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { RequestOptions } from "../../src/runtime/index.js";
import type { Multipart, FilesUploadFileParams, FilesUploadFileResponse } from "./generated/multipart/index.js";

declare const client: Multipart;
declare const blob: Blob;
declare const file: File;

describe("multipart/form-data", () => {
  test("the form's fields are spread into params; `format: binary` is Blob", () => {
    expectTypeOf<FilesUploadFileParams>().branded.toEqualTypeOf<{
      file: Blob;
      title: string;
      tags?: string[];
      meta?: { source?: string };
      count?: number;
      attachments?: Blob[];
    }>();
    expectTypeOf<FilesUploadFileResponse>().branded.toEqualTypeOf<{ id: string; size: number }>();
    expectTypeOf<Multipart["files"]["uploadFile"]>().parameters.toEqualTypeOf<[FilesUploadFileParams, (RequestOptions | undefined)?]>();
  });

  test("accepts a Blob or a File for a binary field, rejects a string or bytes", () => {
    async function calls() {
      await client.files.uploadFile({ file: blob, title: "t" });
      await client.files.uploadFile({ file, title: "t", tags: ["a", "b"], meta: { source: "camera" }, count: 3, attachments: [blob, file] });
      // @ts-expect-error a binary field takes a Blob, not a string
      await client.files.uploadFile({ file: "contents", title: "t" });
      // @ts-expect-error a binary field takes a Blob, not a Uint8Array
      await client.files.uploadFile({ file: new Uint8Array(1), title: "t" });
      // @ts-expect-error title is required
      await client.files.uploadFile({ file: blob });
      // @ts-expect-error the form fields are spread, not under `body`
      await client.files.uploadFile({ body: { file: blob, title: "t" } });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
