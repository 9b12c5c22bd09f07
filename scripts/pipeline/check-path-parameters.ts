import type { LoadedSpec } from "./load-spec.js";
import { fromPointer, type SpecIssue, toPointer } from "./spec-error.js";

type Json = Record<string, unknown>;

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * Path parameters and path templates agree: every `{name}` of a path is declared `in: path`
 * (by the operation or its path item), and every declared path parameter is in the template.
 * Names are read as normalize-spec reads them (anything but braces), not only
 * `[a-zA-Z0-9_.-]` as Redocly's rule does: it calls `/users/{ユーザーID}` undeclared, and lets
 * `/a/{b c}` through undeclared, which then types a parameter that does not exist.
 *
 * `document` is self-contained (the bundle, for a spec of several files), so every `$ref` is local.
 */
export function checkPathParameters(spec: LoadedSpec, document: Json): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const issue = (segments: (string | number)[], message: string) => {
    const pointer = toPointer(existingPrefix(spec.document, segments.map(String)));
    issues.push({ file: spec.file, ...spec.positionOf(pointer), pointer, message });
  };
  const paths = record(document.paths);
  for (const path of Object.keys(paths)) {
    const inTemplate = new Set([...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? ""));
    const pathItem = resolveLocal(document, paths[path]);
    const shared = pathParameterNames(document, pathItem.parameters);
    for (const { name, index } of shared) {
      if (!inTemplate.has(name)) issue(["paths", path, "parameters", index, "name"], `Path parameter \`${name}\` is not used in the path \`${path}\`.`);
    }
    for (const method of HTTP_METHODS) {
      if (pathItem[method] === undefined) continue;
      const own = pathParameterNames(document, record(pathItem[method]).parameters);
      for (const { name, index } of own) {
        if (!inTemplate.has(name))
          issue(["paths", path, method, "parameters", index, "name"], `Path parameter \`${name}\` is not used in the path \`${path}\`.`);
      }
      const declared = new Set([...shared, ...own].map(({ name }) => name));
      for (const name of inTemplate) {
        if (!declared.has(name)) {
          issue(["paths", path, method, "parameters"], `The operation does not define the path parameter \`{${name}}\` expected by path \`${path}\`.`);
        }
      }
    }
  }
  return issues;
}

/** The `in: path` parameters of a `parameters` list, with their index in it. */
function pathParameterNames(document: Json, parameters: unknown): { name: string; index: number }[] {
  if (!Array.isArray(parameters)) return [];
  return parameters.flatMap((entry, index) => {
    const parameter = resolveLocal(document, entry);
    return parameter.in === "path" && typeof parameter.name === "string" ? [{ name: parameter.name, index }] : [];
  });
}

/** Follows local `$ref`s (a cycle is check-ref-cycles' to report); anything else is as it is. */
function resolveLocal(document: Json, value: unknown): Json {
  let node = record(value);
  for (let hops = 0; typeof node.$ref === "string" && node.$ref.startsWith("#") && hops < 64; hops++) {
    let target: unknown = document;
    for (const segment of refSegments(node.$ref) ?? [undefined]) {
      target = segment !== undefined && Object.hasOwn(record(target), segment) ? record(target)[segment] : undefined;
    }
    node = record(target);
  }
  return node;
}

/** A ref's pointer segments; undefined when its percent-encoding is broken (it then names nothing). */
function refSegments(ref: string): string[] | undefined {
  try {
    return fromPointer(ref);
  } catch {
    return undefined;
  }
}

/** The segments the spec file has, up to the first it has not: the place an issue is shown at. */
function existingPrefix(document: Json, segments: string[]): string[] {
  let node: unknown = document;
  const kept: string[] = [];
  for (const segment of segments) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) break;
    node = (node as Json)[segment];
    kept.push(segment);
  }
  return kept;
}

function record(value: unknown): Json {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {};
}
