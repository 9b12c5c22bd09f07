/** What spec-diff reports, and the contexts its rules look at. */

export type Level = "breaking" | "warning" | "info";

export const LEVELS: readonly Level[] = ["breaking", "warning", "info"];

/** One reported change: the JSON output's `changes[]` entry, exactly. */
export interface Change {
  id: string;
  level: Level;
  /** `PUT /path` (the revision's path; the base's when the operation is gone), or `*` for the whole document. */
  operation: string;
  /** JSON pointer to where the change is: in the revision, or in the base for what was removed. */
  location: string;
  message: string;
}

import type { Json } from "../document/json.js";
import type { Located } from "../document/refs.js";

// A node of one side's document with the pointer it lives at (after following `$ref`s): Located.
export type { Json, Located };

/** Which way data flows through a schema: rules judge narrowing and widening by it. */
export type Direction = "request" | "response";

/** A rule: a stable id, its level, what it means, and a check over one kind of pair. */
export interface Rule<Context> {
  id: string;
  level: Level;
  /** One sentence: what the rule reports. */
  summary: string;
  /** A minimal example, base → revision. */
  example: string;
  check(context: Context, report: Report): void;
}

/** Reports a change of the rule being checked: a message, and where (defaults to the pair's location). */
export type Report = (message: string, location?: string) => void;

export interface OperationSide {
  method: string;
  path: string;
  pointer: string;
  operation: Json;
  /** The path item's parameters, then the operation's, each followed through its `$ref`. */
  parameters: readonly Located[];
  /** Effective security: the operation's, else the document's. */
  security: unknown;
}

/** The two documents, for rules about the whole of them. */
export interface DocumentPair {
  base: Json;
  revision: Json;
}

/** An operation matched across the two documents (by method and path, parameter names ignored). */
export interface OperationPair {
  base: OperationSide | undefined;
  revision: OperationSide | undefined;
}

export interface ParameterSide {
  name: string;
  in: string;
  required: boolean;
  pointer: string;
  schema: Located | undefined;
}

export interface ParameterPair {
  /** Path parameters are matched by position, others by location and name. */
  base: ParameterSide | undefined;
  revision: ParameterSide | undefined;
  /** Base parameters with the same name in another location (for `request-parameter-moved`). */
  movedFrom: ParameterSide | undefined;
}

export interface BodyPair {
  base: { required: boolean; pointer: string; mediaTypes: string[] } | undefined;
  revision: { required: boolean; pointer: string; mediaTypes: string[] } | undefined;
}

export interface ResponsesPair {
  base: { statuses: Map<string, Located>; pointer: string };
  revision: { statuses: Map<string, Located>; pointer: string };
}

/** Two schemas at the same place of the two documents, normalized (see schema-view.ts). */
export interface SchemaPair {
  base: SchemaView;
  revision: SchemaView;
  direction: Direction;
  /** What the schema is, for messages: "request body", "response 200 property `id`", "query parameter `limit`". */
  subject: string;
}

/**
 * A schema as the rules compare it: `$ref`s followed, `allOf` merged, and 3.0 `nullable`,
 * 3.1 `type: [x, "null"]` and a `{ type: "null" }` member of oneOf/anyOf made the same `nullable`.
 */
export interface SchemaView {
  pointer: string;
  /** Types without "null"; empty: any type. */
  types: string[];
  nullable: boolean;
  enum: unknown[] | undefined;
  properties: Map<string, { schema: Located; readOnly: boolean; writeOnly: boolean }>;
  required: Set<string>;
  items: Located | undefined;
  /** Members of oneOf / anyOf, each with a stable identity (component name, or its position). */
  variants: { keyword: "oneOf" | "anyOf"; members: { key: string; schema: Located }[] } | undefined;
  constraints: Constraints;
  default: unknown;
}

export interface Constraints {
  maximum?: number;
  minimum?: number;
  exclusiveMaximum?: number;
  exclusiveMinimum?: number;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  minItems?: number;
  pattern?: string;
}
