import { existingPrefix } from "../document/refs.js";
import { type ParameterEntry, pathItemsOf, templateNames } from "../document/operations.js";
import type { Json } from "../document/json.js";
import { toPointer } from "../document/pointer.js";
import type { LoadedSpec } from "./load-spec.js";
import type { SpecIssue } from "./spec-error.js";

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
  for (const item of pathItemsOf(document)) {
    const { path } = item;
    const inTemplate = new Set(templateNames(path));
    const unused = (where: (string | number)[], { name, index }: { name: string; index: number }) => {
      if (!inTemplate.has(name)) issue(["paths", path, ...where, index, "name"], `Path parameter \`${name}\` is not used in the path \`${path}\`.`);
    };
    const shared = pathParameterNames(item.parameters);
    for (const parameter of shared) unused(["parameters"], parameter);
    for (const operation of item.operations) {
      const own = pathParameterNames(operation.parameters.filter((entry) => entry.level === "operation"));
      for (const parameter of own) unused([operation.method, "parameters"], parameter);
      const declared = new Set([...shared, ...own].map(({ name }) => name));
      for (const name of inTemplate) {
        if (!declared.has(name)) {
          issue(
            ["paths", path, operation.method, "parameters"],
            `The operation does not define the path parameter \`{${name}}\` expected by path \`${path}\`.`,
          );
        }
      }
    }
  }
  return issues;
}

/** The `in: path` parameters of a list, with their index in it. */
function pathParameterNames(entries: readonly ParameterEntry[]): { name: string; index: number }[] {
  return entries.flatMap(({ node, index }) => (node.in === "path" && typeof node.name === "string" ? [{ name: node.name, index }] : []));
}
