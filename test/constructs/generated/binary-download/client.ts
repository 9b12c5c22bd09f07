// Generated from test/fixtures/constructs/binary-download.yaml (sha256 4ce08a461f05a6594ffa27dd95b25d3438b171ed17745018162e3514b2198cba) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, type Transport } from "../../../../src/runtime/index.js";
/** Success body of GET /avatars/{userId}. */
export type BlobsGetAvatarResponse = Blob;
/** Error body of GET /avatars/{userId}, as `APIError.body`. */
export type BlobsGetAvatarError = unknown;
/** Success body of GET /blobs/{key}. */
export type BlobsGetBlobResponse = Blob;
/** Error body of GET /blobs/{key}, as `APIError.body`. */
export type BlobsGetBlobError = unknown;

/** Operations tagged `blobs`. */
export class Blobs {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /avatars/{userId}
   *
   * `GET /avatars/{userId}`
   * @param userId `userId`
   */
  getAvatar(userId: string, options?: RequestOptions): APIPromise<BlobsGetAvatarResponse> {
    return this.#transport.request<BlobsGetAvatarResponse>("GET", "/avatars/{userId}", { path: { "userId": userId }, responseType: "blob", accept: "image/png" }, options);
  }

  /**
   * GET /blobs/{key}
   *
   * `GET /blobs/{key}`
   * @param key `key`
   */
  getBlob(key: string, options?: RequestOptions): APIPromise<BlobsGetBlobResponse> {
    return this.#transport.request<BlobsGetBlobResponse>("GET", "/blobs/{key}", { path: { "key": key }, responseType: "blob", accept: "application/octet-stream" }, options);
  }
}

const definition: ClientDefinition = { "name": "BinaryDownload", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the BinaryDownload client (BinaryDownload). */
export interface BinaryDownloadOptions extends ClientOptions {
}

/** Client for BinaryDownload. */
export class BinaryDownload extends BaseClient {
  readonly blobs: Blobs;

  constructor(options: BinaryDownloadOptions = {}) {
    super(options, definition);
    this.blobs = new Blobs(this.transport);
  }
}
