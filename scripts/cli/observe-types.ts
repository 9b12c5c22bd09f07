/**
 * The CLI's window into a pipeline run, without the pipeline knowing about progress: the types
 * emitter is started when a spec's run begins and handed the validated document once the client
 * is emitted. Wrapping it tells the CLI both moments, and the document to count operations in.
 */
import type { TypesEmitter } from "../pipeline/types-emitter.js";

export interface TypesObserver {
  started(): void;
  validated(document: Record<string, unknown>): void;
}

export function observeTypes(emitter: TypesEmitter, observer: TypesObserver): TypesEmitter {
  return {
    start(absolutePath) {
      const job = emitter.start(absolutePath);
      observer.started();
      return {
        finish(document, bundled) {
          // Before handing it over: openapi-typescript may annotate the document it transforms.
          observer.validated(document);
          return job.finish(document, bundled);
        },
        cancel: () => job.cancel(),
      };
    },
  };
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Operations (method + path pairs) of a validated, self-contained document, path items behind a local `$ref` included. */
export function countOperations(document: Record<string, unknown>): number {
  const paths = record(document.paths);
  let total = 0;
  for (const item of Object.values(paths)) {
    const pathItem = followLocalRef(document, record(item));
    total += HTTP_METHODS.filter((method) => pathItem[method] !== undefined).length;
  }
  return total;
}

function followLocalRef(document: Record<string, unknown>, node: Record<string, unknown>): Record<string, unknown> {
  if (typeof node.$ref !== "string" || !node.$ref.startsWith("#/")) return node;
  let target: unknown = document;
  for (const segment of node.$ref.slice(2).split("/")) target = record(target)[decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~")];
  return record(target);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
