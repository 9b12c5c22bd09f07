// Generated from test/fixtures/constructs/octet-stream-upload.yaml (sha256 e9b941478d94295d2cca8e3611cd6bfb90ad2aa4e2061e72196ded1297b3821f) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type BinaryBody, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** The request body (`body`) of PUT /blobs/{key}. */
export type BlobsPutBlobParams = { body: BinaryBody };
/** Success body of PUT /blobs/{key}. */
export type BlobsPutBlobResponse = paths["/blobs/{key}"]["put"]["responses"]["200"]["content"]["application/json"];
/** Error body of PUT /blobs/{key}, as `APIError.body`. */
export type BlobsPutBlobError = unknown;

/** Operations tagged `blobs`. */
export class Blobs {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * PUT /blobs/{key}
   *
   * `PUT /blobs/{key}`
   * @param key `key`
   */
  putBlob(key: string, params: BlobsPutBlobParams, options?: RequestOptions): APIPromise<BlobsPutBlobResponse> {
    return this.#transport.request<BlobsPutBlobResponse>("PUT", "/blobs/{key}", { path: { "key": key }, ...splitParams(params, { body: "property" }), requestType: "application/octet-stream" }, options);
  }
}

const definition: ClientDefinition = { "name": "OctetStreamUpload", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the OctetStreamUpload client (OctetStreamUpload). */
export interface OctetStreamUploadOptions extends ClientOptions {
}

/** Client for OctetStreamUpload. */
export class OctetStreamUpload extends BaseClient {
  readonly blobs: Blobs;

  constructor(options: OctetStreamUploadOptions = {}) {
    super(options, definition);
    this.blobs = new Blobs(this.transport);
  }
}
