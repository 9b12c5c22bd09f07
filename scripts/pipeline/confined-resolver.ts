import { readFile, realpath } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { BaseResolver, type Document, Source } from "@redocly/openapi-core";
import { isRecord } from "../document/json.js";
import { escapePrototypeKeys } from "./escape-prototype-keys.js";
import { parseReferencedFile } from "./load-spec.js";
import { SpecError, type SpecIssue } from "./spec-error.js";

/** Reasons the resolver gives when it does not load a file; describe() shows them. */
const REFUSED = "refused: ";
const UNRESOLVED = "unresolved: ";

type ReferencedFile = ReturnType<typeof parseReferencedFile>;

/**
 * Follows `$ref`s to files inside the spec's own folder tree only: never the network, never an
 * absolute path or `../`, never a link that leads out. The check comes before anything is read,
 * and a refused file is not opened at all. Files are parsed by the spec's own rules (duplicate
 * keys, YAML tags, alias bombs), not by Redocly's.
 */
export class ConfinedResolver extends BaseResolver {
  readonly #root: string;
  readonly #shownRoot: string;
  #realRoot: Promise<string> | undefined;
  /** JSON and YAML files the spec pulled in, parsed, by absolute path. */
  readonly files = new Map<string, ReferencedFile>();
  /** How many other files were read: with any, the document is only whole once bundled. */
  externalFiles = 0;
  /** The issues of each file that does not parse, by the reason its `$ref`s fail with. */
  readonly #invalid = new Map<string, readonly SpecIssue[]>();

  /**
   * Redocly's "Can't resolve $ref" for the node at fault, saying which `$ref` and why when the
   * reason is this resolver's (Redocly's own reasons name absolute paths, which are the user's
   * business). Undefined for a local ref that fails only because the file `$ref` it leads to
   * does: that one is reported on its own. Other messages are returned as they are.
   */
  static describe(message: string, node: unknown): string | undefined {
    // A discriminator mapping's value is a `$ref` written as a bare string.
    const ref = typeof node === "object" && node !== null ? (node as { $ref?: unknown }).$ref : node;
    if (!message.startsWith("Can't resolve $ref") || typeof ref !== "string") return message;
    const reason = message.slice("Can't resolve $ref".length).replace(/^: /, "");
    if (ref.startsWith("#") && (reason.startsWith(REFUSED) || reason.startsWith(UNRESOLVED))) return undefined;
    if (reason.startsWith(REFUSED)) return `$ref ${JSON.stringify(ref)} is ${reason}`;
    return reason.startsWith(UNRESOLVED)
      ? `Can't resolve $ref ${JSON.stringify(ref)}: ${reason.slice(UNRESOLVED.length)}`
      : `Can't resolve $ref ${JSON.stringify(ref)}`;
  }

  constructor(specPath: string, shownSpec: string) {
    super({ http: { headers: [] } });
    this.#root = dirname(resolve(specPath));
    this.#shownRoot = dirname(shownSpec);
  }

  override resolveExternalRef(base: string | null, ref: string): string {
    // Redocly knows only http(s) as URLs: `file:///etc/x` would be a relative file named `file:`.
    return hasScheme(ref) ? ref : super.resolveExternalRef(base, ref);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (hasScheme(absoluteRef) || !isInside(this.#root, resolve(absoluteRef))) {
      throw new Error(`${REFUSED}only relative files inside the spec's folder are followed`);
    }
    const real = await realpath(absoluteRef).catch(() => undefined);
    if (real === undefined) throw new Error(`${UNRESOLVED}no such file`);
    this.#realRoot ??= realpath(this.#root);
    if (!isInside(await this.#realRoot, real)) throw new Error(`${REFUSED}it is a link to a file outside the spec's folder`);
    const bytes = await readFile(real).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`${UNRESOLVED}${error.code === "EISDIR" ? "it is a folder" : "the file cannot be read"}`);
    });
    this.externalFiles++;
    const shown = join(this.#shownRoot, relative(this.#root, absoluteRef)).split(sep).join("/");
    if (/\.(ya?ml|json)$/i.test(absoluteRef)) this.#parse(bytes, shown, absoluteRef);
    return new Source(absoluteRef, new TextDecoder().decode(bytes));
  }

  override parseDocument(source: Source, isRoot?: boolean): Document {
    const parsed = this.files.get(source.absoluteRef);
    // Other files (Markdown, text) are taken as they are, as Redocly does.
    // Escaped as the root document is (validate-spec.ts), for the same crash.
    return parsed === undefined
      ? super.parseDocument(source, isRoot)
      : { source, parsed: isRecord(parsed.document) ? escapePrototypeKeys(parsed.document).document : parsed.document };
  }

  /** The issues of the invalid file a `$ref` failed on, the first time it is named. */
  invalidFileIssues(message: string): readonly SpecIssue[] {
    const entry = [...this.#invalid].find(([reason]) => message.endsWith(`: ${reason}`));
    if (entry === undefined) return [];
    this.#invalid.delete(entry[0]);
    return entry[1];
  }

  #parse(bytes: Uint8Array, shown: string, absoluteRef: string): void {
    try {
      this.files.set(absoluteRef, parseReferencedFile(bytes, shown));
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      const reason = `${shown} is invalid`;
      this.#invalid.set(reason, error.issues);
      throw new Error(`${UNRESOLVED}${reason}`);
    }
  }
}

function hasScheme(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref);
}

function isInside(folder: string, path: string): boolean {
  return path.startsWith(folder + sep);
}
