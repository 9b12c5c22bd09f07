// Generated from test/fixtures/constructs/multipart.yaml (sha256 815009a6071336b78e15b35ab7d48931fb0c028f18aee99242d4eb1e51a70091) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Body fields of POST /uploads. */
export type FilesUploadFileParams = NonNullable<paths["/uploads"]["post"]["requestBody"]>["content"]["multipart/form-data"];
/** Success body of POST /uploads. */
export type FilesUploadFileResponse = paths["/uploads"]["post"]["responses"]["201"]["content"]["application/json"];
/** Error body of POST /uploads, as `APIError.body`. */
export type FilesUploadFileError = unknown;

/** Operations tagged `files`. */
export class Files {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /uploads
   *
   * `POST /uploads`
   */
  uploadFile(params: FilesUploadFileParams, options?: RequestOptions): APIPromise<FilesUploadFileResponse> {
    return this.#transport.request<FilesUploadFileResponse>("POST", "/uploads", { ...splitParams(params, { body: "spread" }), requestType: "multipart/form-data" }, options);
  }
}

const definition: ClientDefinition = { "name": "Multipart", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Multipart client (Multipart). */
export interface MultipartOptions extends ClientOptions {
}

/** Client for Multipart. */
export class Multipart extends BaseClient {
  readonly files: Files;

  constructor(options: MultipartOptions = {}) {
    super(options, definition);
    this.files = new Files(this.transport);
  }
}
