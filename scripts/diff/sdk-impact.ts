/**
 * What a spec change does to the generated SDK: the client's public surface (resources, method
 * names, signatures) from the generator's own model of each version, and the spec changes that
 * alter a method's parameter or return types.
 */
import { paramsRequired, takesParams } from "../emit/signature.js";
import type { ApiModel, OperationModel } from "../model/api-model.js";
import type { ClientConfig } from "../pipeline/config.js";
import { normalizeSpec } from "../pipeline/normalize-spec.js";
import type { Change, Json } from "./types.js";

export interface SdkChange {
  kind:
    | "resource-added"
    | "resource-removed"
    | "method-added"
    | "method-removed"
    | "method-renamed"
    | "signature-changed"
    | "params-changed"
    | "return-changed";
  /** The method as callers write it, e.g. `pets.list` (a root method: `list`). */
  method: string;
  operation: string;
  breaking: boolean;
  message: string;
}

export type Semver = "major" | "minor" | "patch" | "none";

interface Surface {
  resources: Set<string>;
  /** By `METHOD /path/{}`. */
  methods: Map<string, { name: string; operation: OperationModel; route: string }>;
}

function surfaceOf(document: Json, config: ClientConfig): Surface {
  const model: ApiModel = normalizeSpec({ document }, config);
  const methods: Surface["methods"] = new Map();
  const add = (prefix: string, operation: OperationModel) => {
    const route = `${operation.httpMethod} ${operation.path}`;
    methods.set(`${operation.httpMethod} ${operation.path.replace(/\{[^{}]*\}/g, "{}")}`, { name: `${prefix}${operation.methodName}`, operation, route });
  };
  for (const resource of model.resources) for (const operation of resource.operations) add(`${resource.property}.`, operation);
  for (const operation of model.rootOperations) add("", operation);
  return { resources: new Set(model.resources.map((resource) => resource.property)), methods };
}

/** A method's call shape, by the emitter's own rule: positional path parameters, and whether its params object is there and required. */
function signature(operation: OperationModel): string {
  const params = takesParams(operation) ? (paramsRequired(operation) ? "required" : "optional") : "no";
  const bodyShape = operation.body === undefined ? "" : operation.body.spread ? "fields" : "body";
  return `${operation.pathParams.length} path, ${params} params ${bodyShape}`;
}

/** `config` names the client's resources as the generator does (clients.config.json tag names). */
export function sdkImpact(base: Json, revision: Json, changes: Change[], config: ClientConfig): SdkChange[] {
  const before = surfaceOf(base, config);
  const after = surfaceOf(revision, config);
  const result: SdkChange[] = [];
  for (const resource of before.resources) {
    if (!after.resources.has(resource))
      result.push({ kind: "resource-removed", method: resource, operation: "*", breaking: true, message: `resource \`${resource}\` removed` });
  }
  for (const resource of after.resources) {
    if (!before.resources.has(resource))
      result.push({ kind: "resource-added", method: resource, operation: "*", breaking: false, message: `resource \`${resource}\` added` });
  }
  const keys = [...new Set([...before.methods.keys(), ...after.methods.keys()])].sort();
  for (const key of keys) {
    const old = before.methods.get(key);
    const now = after.methods.get(key);
    if (old === undefined && now !== undefined) {
      result.push({ kind: "method-added", method: now.name, operation: now.route, breaking: false, message: `\`${now.name}()\` added` });
      continue;
    }
    if (old !== undefined && now === undefined) {
      result.push({ kind: "method-removed", method: old.name, operation: old.route, breaking: true, message: `\`${old.name}()\` removed` });
      continue;
    }
    if (old === undefined || now === undefined) continue;
    if (old.name !== now.name) {
      result.push({
        kind: "method-renamed",
        method: now.name,
        operation: now.route,
        breaking: true,
        message: `\`${old.name}()\` renamed to \`${now.name}()\``,
      });
    }
    if (signature(old.operation) !== signature(now.operation)) {
      const breaking = signature(now.operation).includes("required") && !signature(old.operation).includes("required");
      result.push({
        kind: "signature-changed",
        method: now.name,
        operation: now.route,
        breaking: breaking || old.operation.pathParams.length !== now.operation.pathParams.length,
        message: `\`${now.name}()\` call shape changed: ${signature(old.operation)} → ${signature(now.operation)}`,
      });
    }
    const own = changes.filter((change) => change.operation === now.route);
    const typed = [
      { prefix: "request-", kind: "params-changed", what: "parameter types" },
      { prefix: "response-", kind: "return-changed", what: "return type" },
    ] as const;
    for (const { prefix, kind, what } of typed) {
      const found = own.filter((change) => change.id.startsWith(prefix));
      if (found.length === 0) continue;
      const breaking = found.some((change) => change.level === "breaking");
      const message = `\`${now.name}()\` ${what} changed (${found.length} change${found.length === 1 ? "" : "s"})`;
      result.push({ kind, method: now.name, operation: now.route, breaking, message });
    }
  }
  return result;
}

/**
 * The package version bump: major when callers break (a breaking API change, or a method
 * removed, renamed or called differently), minor when something is added or changes without
 * breaking, patch when only text (descriptions, examples) changed, none when nothing did.
 */
export function recommendSemver(changes: Change[], sdk: SdkChange[], documentsEqual: boolean): Semver {
  if (changes.some((change) => change.level === "breaking") || sdk.some((change) => change.breaking)) return "major";
  if (changes.length > 0 || sdk.length > 0) return "minor";
  return documentsEqual ? "none" : "patch";
}
