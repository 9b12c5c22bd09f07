/** The names callers write: resource properties and classes per tag, method names per operation. */
import { camelCase, MODULE_NAMES, NameScope, pascalCase } from "../emit/names.js";
import { compareCodeUnits, type Json, optionalString, record } from "../document/json.js";
import type { ClientConfig } from "../pipeline/config.js";
import type { OperationModel, ResourceModel } from "./api-model.js";

/** An operation read from the document, before its class is known and its method name claimed. */
export interface UnnamedOperation {
  tag: string | undefined;
  /** The name it should have: its operationId (without its tag's namespace), else one from its route. */
  wantedName: string;
  model: Omit<OperationModel, "methodName">;
}

/** The method name an operation asks for: from its operationId, else from its route. */
export function wantedMethodName(operationId: unknown, tag: string | undefined, method: string, path: string): string {
  return camelCase(methodSource(operationId, tag) ?? nameFromRoute(method, path));
}

/**
 * The operationId, without its tag when it is namespaced by it (`repos/get` in tag `repos`
 * is `repos.get()`, not `repos.reposGet()`, as in GitHub's and Stainless-style specs).
 */
function methodSource(operationId: unknown, tag: string | undefined): string | undefined {
  if (typeof operationId !== "string" || operationId.trim() === "") return undefined;
  if (tag === undefined) return operationId;
  const prefix = operationId.slice(0, tag.length + 1);
  const namespaced = prefix === `${tag}/` || prefix === `${tag}.`;
  return namespaced && operationId.length > prefix.length ? operationId.slice(prefix.length) : operationId;
}

/**
 * A method name for an operation without an operationId, from its route:
 * `GET /pets/{petId}/photos` → `get pets by petId photos` → `getPetsByPetIdPhotos`.
 */
export function nameFromRoute(method: string, path: string): string {
  const segments = path.split("/").filter((segment) => segment !== "");
  return [method, ...segments.map((segment) => segment.replace(/\{([^{}]*)\}/g, " by $1 "))].join(" ");
}

/** One resource per tag (in code-unit order), named as clients.config.json says, each with its methods named. */
export function groupResources(operations: readonly UnnamedOperation[], document: Json, config: ClientConfig): ResourceModel[] {
  const tagDescriptions = new Map(
    (Array.isArray(document.tags) ? document.tags : []).map((tag) => [String(record(tag).name), optionalString(record(tag).description)]),
  );
  const byTag = new Map<string, UnnamedOperation[]>();
  for (const operation of operations) {
    if (operation.tag === undefined) continue;
    byTag.set(operation.tag, [...(byTag.get(operation.tag) ?? []), operation]);
  }
  const properties = new NameScope(["transport", "describeError", "constructor"]);
  const classes = new NameScope([config.name, `${config.name}Options`, ...MODULE_NAMES]);
  return [...byTag.keys()].sort(compareCodeUnits).map((tag) => {
    // Own entries only: a tag `constructor` would otherwise find Object's.
    const userName = config.tags !== undefined && Object.hasOwn(config.tags, tag) ? (config.tags[tag] ?? tag) : tag;
    return {
      tag,
      property: properties.claim(camelCase(userName)),
      className: classes.claim(pascalCase(userName)),
      description: tagDescriptions.get(tag),
      operations: nameMethods(byTag.get(tag) ?? []),
    };
  });
}

/**
 * Method names unique within their class; on a clash the later operation (path, method order)
 * gets `2`, `3`, …. Methods that JavaScript calls unasked are never an operation's: with a
 * `then`, `await client` would send a request; with a `toJSON`, `JSON.stringify(client)` would.
 */
export function nameMethods(operations: readonly UnnamedOperation[], taken: string[] = []): OperationModel[] {
  const scope = new NameScope(["constructor", "transport", "describeError", "then", "toJSON", "toString", "valueOf", ...taken]);
  return operations.map((operation) => ({ ...operation.model, methodName: scope.claim(operation.wantedName) }));
}
