import type { DocumentEdit } from "../document/edit-document.js";
import { isRecord, record } from "../document/json.js";
import { escapePointerSegment } from "../document/pointer.js";
import { segmentsTo, walkNodes } from "../document/walk-nodes.js";

/**
 * Discriminator mapping values written as a schema's name (`"Option One": OptionOneNoDisc`),
 * each as the `$ref` it stands for (`#/components/schemas/OptionOneNoDisc`). OpenAPI 3.0 and
 * 3.1 allow both spellings (Discriminator Object: "mapping values MAY be schema names or
 * references"); Redocly and openapi-typescript read only references. A value that names no
 * schema is left as it is: it may be a file, and if it is not, validation says so.
 */
export function resolveMappingNames(document: unknown): DocumentEdit[] {
  const schemas = record(record(record(document).components).schemas);
  const edits: DocumentEdit[] = [];
  walkNodes(document, (at) => {
    if (at.key !== "mapping" || at.parent?.key !== "discriminator" || !isRecord(at.node)) return undefined;
    for (const [value, target] of Object.entries(at.node)) {
      if (typeof target === "string" && !target.includes("#") && !target.includes("/") && Object.hasOwn(schemas, target)) {
        edits.push({ path: [...segmentsTo(at), value], value: `#/components/schemas/${escapePointerSegment(target)}` });
      }
    }
    return undefined;
  });
  return edits;
}
