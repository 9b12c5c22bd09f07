/**
 * spec-diff, rule by rule and across rules. Every rule in ALL_RULES has a fixture pair in
 * test/fixtures/spec-diff/<rule-id>/ (base.yaml → revision.yaml, OpenAPI 3.0 and 3.1 mixed)
 * and a test named by its one-sentence summary. The fixtures in test/fixtures/spec-diff/cross-cutting/
 * cover what the walk promises around the rules: nullable forms, path parameter names, shared
 * components, readOnly / writeOnly, recursion, composition, the version bump and the SDK impact.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffDocumentsReport, diffFiles } from "../../scripts/diff/diff-specs.js";
import type { DiffReport } from "../../scripts/diff/report.js";
import { ALL_RULES } from "../../scripts/diff/rules/index.js";
import type { Change, Json } from "../../scripts/diff/types.js";
import { fromPointer } from "../../scripts/pipeline/spec-error.js";
import { REPO_ROOT } from "../helpers/cli.js";
import { RULE_CASES } from "./rules-cases.js";

const FIXTURES = "test/fixtures/spec-diff";
const CROSS = `${FIXTURES}/cross-cutting`;

const diff = (base: string, revision: string): Promise<DiffReport> => diffFiles(base, revision, REPO_ROOT);
const load = (path: string): Json => parse(readFileSync(join(REPO_ROOT, path), "utf8")) as Json;
const rulePair = (id: string) => ({ base: `${FIXTURES}/${id}/base.yaml`, revision: `${FIXTURES}/${id}/revision.yaml` });
const hasPair = (id: string) => Object.values(rulePair(id)).every((path) => existsSync(join(REPO_ROOT, path)));

/** The node a `#/…` JSON pointer names, or undefined when the document has nothing there. */
function at(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#")) return undefined;
  let node: unknown = document;
  for (const segment of fromPointer(pointer)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The report's changes, one per line: the failure message when a change is missing or unexpected. */
const listing = (report: DiffReport): string =>
  report.changes.map((change) => `  ${change.level} ${change.id} ${change.operation} ${change.location}: ${change.message}`).join("\n") || "  (no changes)";
const triple = (change: Change) => `${change.id} | ${change.operation} | ${change.location}`;

describe("one fixture pair per rule", () => {
  const tested: string[] = [];
  for (const rule of ALL_RULES) {
    tested.push(rule.id);
    it(`${rule.id}: ${rule.summary}`, async () => {
      const expected = RULE_CASES[rule.id];
      expect(expected, `test/spec-diff/rules-cases.ts has no case for ${rule.id}`).toBeDefined();
      expect(hasPair(rule.id), `${FIXTURES}/${rule.id}/ needs base.yaml and revision.yaml`).toBe(true);
      if (expected === undefined) return;
      const pair = rulePair(rule.id);
      const report = await diff(pair.base, pair.revision);
      const own = report.changes.filter((change) => change.id === rule.id);
      expect(own, `${rule.id} should be reported once; the diff reported:\n${listing(report)}`).toEqual([
        { id: rule.id, level: rule.level, operation: expected.operation, location: expected.location, message: expect.any(String) },
      ]);
      const document = load(pair[expected.in]);
      expect(at(document, expected.location), `${expected.location} should exist in ${pair[expected.in]}`).toBeDefined();
      const otherBreaking = report.changes.filter((change) => change.level === "breaking" && change.id !== rule.id);
      expect(otherBreaking, `no other breaking change expected; the diff reported:\n${listing(report)}`).toEqual([]);
    });
  }

  it("Every rule in ALL_RULES has a fixture pair, a case and a test, and every fixture folder and case belongs to a rule.", () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size, "rule ids are unique").toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(57);
    expect(tested).toEqual(ids);
    expect(
      ids.filter((id) => !hasPair(id)),
      "rules without a fixture pair",
    ).toEqual([]);
    expect(
      ids.filter((id) => RULE_CASES[id] === undefined),
      "rules without a case in rules-cases.ts",
    ).toEqual([]);
    const folders = readdirSync(join(REPO_ROOT, FIXTURES)).filter((name) => name !== "cross-cutting");
    expect(
      folders.filter((name) => !ids.includes(name)),
      "fixture folders of no rule",
    ).toEqual([]);
    expect(
      Object.keys(RULE_CASES).filter((id) => !ids.includes(id)),
      "cases of no rule",
    ).toEqual([]);
    // Both OpenAPI versions are exercised.
    const versions = new Set(ids.map((id) => String(load(rulePair(id).base).openapi).slice(0, 3)));
    expect([...versions].sort()).toEqual(["3.0", "3.1"]);
  });
});

describe("nullable forms", () => {
  it('A schema that allows null is the same whether it says 3.0 `nullable: true`, 3.1 `type: [x, "null"]` or 3.1 `oneOf: [x, { type: "null" }]`: converting a spec between them reports nothing.', async () => {
    const forms = ["nullable-3.0.yaml", "type-array-3.1.yaml", "oneof-null-3.1.yaml"].map((name) => `${CROSS}/nullable-forms/${name}`);
    for (const base of forms) {
      for (const revision of forms) {
        if (base === revision) continue;
        const report = await diff(base, revision);
        expect(report.changes, `${base} → ${revision}:\n${listing(report)}`).toEqual([]);
        expect(report.sdk.changes, `${base} → ${revision}`).toEqual([]);
        expect(report.semver, `${base} → ${revision}`).toBe("patch");
      }
    }
  });
});

describe("path parameter names", () => {
  it("Operations are matched by method and path whatever their path parameters are called: renaming `/pets/{id}` to `/pets/{petId}` reports nothing.", async () => {
    const report = await diff(`${CROSS}/renamed-path-parameters/base.yaml`, `${CROSS}/renamed-path-parameters/revision.yaml`);
    expect(report.changes, listing(report)).toEqual([]);
    expect(report.sdk.changes).toEqual([]);
  });

  it("Path parameters are matched by position, not name or declaration order: a change to the renamed second one is reported under the revision's path.", async () => {
    const report = await diff(`${CROSS}/renamed-path-parameters/base.yaml`, `${CROSS}/renamed-path-parameters/revision-pet-type-changed.yaml`);
    expect(report.changes, listing(report)).toEqual([
      {
        id: "request-type-changed",
        level: "breaking",
        operation: "GET /owners/{owner}/pets/{pet}",
        location: "#/paths/~1owners~1{owner}~1pets~1{pet}/get/parameters/0/schema",
        message: "path parameter `pet`: type changed from string to integer",
      },
    ]);
  });
});

describe("shared components", () => {
  it("A change to a component that three operations use is reported once for each of them.", async () => {
    const report = await diff(`${CROSS}/shared-component/base.yaml`, `${CROSS}/shared-component/revision.yaml`);
    expect(report.changes.map(triple).sort(), listing(report)).toEqual([
      "response-required-property-removed | GET /pets/{id} | #/components/schemas/Pet",
      "response-required-property-removed | POST /pets | #/components/schemas/Pet",
      "response-required-property-removed | PUT /pets/{id} | #/components/schemas/Pet",
    ]);
    expect(at(load(`${CROSS}/shared-component/base.yaml`), "#/components/schemas/Pet/properties/name")).toBeDefined();
  });
});

describe("readOnly and writeOnly", () => {
  const readOnlyAddedIsNotBreaking = async (revision: string, property: string) => {
    const report = await diff(`${CROSS}/read-only-required/base.yaml`, `${CROSS}/read-only-required/${revision}`);
    expect(
      report.changes.filter((change) => change.level === "breaking"),
      listing(report),
    ).toEqual([]);
    expect(
      report.changes.filter((change) => change.id.startsWith("request-")),
      listing(report),
    ).toEqual([]);
    // Responses do get it: a new property there.
    expect(report.changes.map(triple), listing(report)).toEqual(["response-property-added | PUT /pets/{id} | #/components/schemas/Pet"]);
    expect(report.changes[0]?.message).toContain(`\`${property}\``);
    expect(report.semver).toBe("minor");
  };

  it("A readOnly property added as required to a request body's schema is not breaking: callers never send it.", async () => {
    await readOnlyAddedIsNotBreaking("revision.yaml", "id");
  });

  it("A readOnly property added as required is not breaking either when `readOnly` sits next to its `$ref` (OpenAPI 3.1).", async () => {
    await readOnlyAddedIsNotBreaking("revision-ref-sibling.yaml", "createdAt");
  });

  it("A writeOnly property removed is no response change: responses never had it (requests, which did, report it).", async () => {
    const report = await diff(`${CROSS}/write-only-removed/base.yaml`, `${CROSS}/write-only-removed/revision.yaml`);
    expect(
      report.changes.filter((change) => change.id.startsWith("response-")),
      listing(report),
    ).toEqual([]);
    expect(report.sdk.changes.filter((change) => change.kind === "return-changed")).toEqual([]);
    expect(report.changes.map(triple), listing(report)).toEqual(["request-property-removed | PUT /pets/{id} | #/components/schemas/Pet"]);
  });
});

describe("recursive schemas", () => {
  /** Both recursion fixtures, diffed on a worker thread that is stopped if it runs too long. */
  let diffed: Promise<{ report: DiffReport; milliseconds: number }[]> | undefined;
  const LIMIT_MS = 8_000;
  const diffRecursionFixtures = () =>
    (diffed ??= new Promise((resolve, reject) => {
      const pairs = ["recursive", "mutually-recursive"].map((name) => [`${CROSS}/${name}/base.yaml`, `${CROSS}/${name}/revision.yaml`]);
      const script = new URL("./rules-worker.ts", import.meta.url).href;
      const worker = new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`, {
        eval: true,
        workerData: { pairs, cwd: REPO_ROOT },
      });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`diffing the recursive fixtures did not finish within ${LIMIT_MS} ms`));
      }, LIMIT_MS);
      worker.once("message", (results) => {
        clearTimeout(timer);
        void worker.terminate();
        resolve(results);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    }));

  it("A schema that contains itself (through an array, a nullable oneOf and an allOf) is walked in bounded time, and a change deep inside is found for each operation.", async () => {
    const [recursive] = await diffRecursionFixtures();
    if (recursive === undefined) throw new Error("no result");
    expect(recursive.milliseconds).toBeLessThan(1_000);
    const found = new Set(
      recursive.report.changes
        .filter((change) => change.location === "#/components/schemas/Meta/properties/kind")
        .map((change) => `${change.operation} ${change.id}`),
    );
    expect([...found].sort(), listing(recursive.report)).toEqual(["GET /trees/{id} response-enum-value-added", "PUT /trees/{id} request-enum-value-added"]);
  });

  it("Mutually recursive schemas (Person → Company → Person) are walked in bounded time, and a change deep inside is found for every operation that reaches it, whichever of them the walk meets first.", async () => {
    const [, mutual] = await diffRecursionFixtures();
    if (mutual === undefined) throw new Error("no result");
    expect(mutual.milliseconds).toBeLessThan(1_000);
    const zip = "#/components/schemas/Address/properties/zip";
    expect(mutual.report.changes.map(triple).sort(), listing(mutual.report)).toEqual([
      `request-constraint-tightened | PUT /people/{id} | ${zip}`,
      `response-constraint-tightened | GET /companies/{id} | ${zip}`,
      `response-constraint-tightened | GET /people/{id} | ${zip}`,
    ]);
  });
});

describe("composition", () => {
  it("Changes are found through allOf, oneOf and anyOf: inside merged allOf parts, inside matched members, and as members added or removed.", async () => {
    const report = await diff(`${CROSS}/composition/base.yaml`, `${CROSS}/composition/revision.yaml`);
    const schemas = "#/components/schemas";
    expect(report.changes.map(triple).sort(), listing(report)).toEqual(
      [
        // allOf: a merged part's property.
        `response-type-changed | GET /pets/{id} | ${schemas}/Entity/properties/id`,
        // oneOf in a request: a member removed, and a change inside a member that stays.
        `request-oneof-member-removed | POST /pets | ${schemas}/NewPet`,
        `request-enum-value-removed | POST /pets | ${schemas}/NewDog/properties/breed`,
        // anyOf in a request: a member added, and a change inside a member.
        `request-oneof-member-added | PATCH /pets/{id} | ${schemas}/PetPatch`,
        `request-enum-value-removed | PATCH /pets/{id} | ${schemas}/NewDog/properties/breed`,
        // anyOf in a response's array items: a member added, and a change inside a member.
        `response-oneof-member-added | GET /pets | ${schemas}/PetSummary`,
        `response-constraint-loosened | GET /pets | ${schemas}/DogSummary/properties/name`,
        // oneOf in a response: a member removed, and a change inside a member.
        `response-oneof-member-removed | GET /pets/{id}/friend | ${schemas}/Friend`,
        `response-constraint-loosened | GET /pets/{id}/friend | ${schemas}/DogSummary/properties/name`,
      ].sort(),
    );
    const messages = report.changes.map((change) => change.message);
    expect(messages).toContainEqual(expect.stringContaining("oneOf member NewBird removed"));
    expect(messages).toContainEqual(expect.stringContaining("anyOf member BirdSummary added"));
    expect(messages).toContainEqual(expect.stringMatching(/oneOf NewDog.*enum value `pug` removed/));
  });
});

describe("version bump", () => {
  const ruleIdsAt = (level: string) => ALL_RULES.filter((rule) => rule.level === level).map((rule) => rule.id);

  it('Identical documents give no changes, no SDK impact and semver "none".', () => {
    for (const rule of ALL_RULES) {
      for (const path of Object.values(rulePair(rule.id))) {
        const document = load(path);
        const report = diffDocumentsReport(document, structuredClone(document));
        expect(report, path).toEqual({ changes: [], summary: { breaking: 0, warning: 0, info: 0 }, sdk: { changes: [] }, semver: "none" });
      }
    }
  });

  it('A change to descriptions, summaries and examples only gives no changes and semver "patch".', async () => {
    const report = await diff(`${CROSS}/description-only/base.yaml`, `${CROSS}/description-only/revision.yaml`);
    expect(report.changes, listing(report)).toEqual([]);
    expect(report.sdk.changes).toEqual([]);
    expect(report.semver).toBe("patch");
  });

  it('An added operation gives semver "minor".', async () => {
    const pair = rulePair("operation-added");
    const report = await diff(pair.base, pair.revision);
    expect(report.changes.map((change) => change.id)).toEqual(["operation-added"]);
    expect(report.semver).toBe("minor");
  });

  it('Any breaking change gives semver "major".', async () => {
    let withBreaking = 0;
    for (const rule of ALL_RULES) {
      const pair = rulePair(rule.id);
      const report = await diff(pair.base, pair.revision);
      if (report.summary.breaking === 0) continue;
      withBreaking++;
      expect(report.semver, `${rule.id}:\n${listing(report)}`).toBe("major");
    }
    expect(withBreaking).toBeGreaterThanOrEqual(ruleIdsAt("breaking").length);
    const shared = await diff(`${CROSS}/shared-component/base.yaml`, `${CROSS}/shared-component/revision.yaml`);
    expect(shared.summary.breaking).toBe(3);
    expect(shared.semver).toBe("major");
  });

  it('Changes that are only warnings or information give semver "minor" (unless the SDK loses a method).', async () => {
    for (const id of [...ruleIdsAt("warning"), ...ruleIdsAt("info")]) {
      const pair = rulePair(id);
      const report = await diff(pair.base, pair.revision);
      if (report.summary.breaking > 0) continue;
      const sdkBreaks = report.sdk.changes.some((change) => change.breaking);
      expect(report.semver, `${id}:\n${listing(report)}`).toBe(sdkBreaks ? "major" : "minor");
    }
  });
});

describe("SDK impact", () => {
  const sdkOf = async (id: string) => {
    const pair = rulePair(id);
    return (await diff(pair.base, pair.revision)).sdk.changes;
  };

  it("An operationId change renames the SDK method, which breaks callers.", async () => {
    expect(await sdkOf("operation-id-changed")).toEqual([
      {
        kind: "method-renamed",
        method: "pets.replacePet",
        operation: "PUT /pets/{id}",
        breaking: true,
        message: "`pets.updatePet()` renamed to `pets.replacePet()`",
      },
    ]);
  });

  it("A first-tag change moves the SDK method to another resource, which breaks callers.", async () => {
    const sdk = await sdkOf("operation-tag-changed");
    expect(sdk).toContainEqual({
      kind: "method-renamed",
      method: "animals.updatePet",
      operation: "PUT /pets/{id}",
      breaking: true,
      message: "`pets.updatePet()` renamed to `animals.updatePet()`",
    });
    expect(sdk).toContainEqual(expect.objectContaining({ kind: "resource-added", method: "animals", breaking: false }));
    // `pets` keeps getPet.
    expect(sdk.filter((change) => change.kind === "resource-removed")).toEqual([]);
  });

  it("A new operation is a new SDK method; a removed operation is a removed method, which breaks callers.", async () => {
    expect(await sdkOf("operation-added")).toEqual([
      { kind: "method-added", method: "pets.createPet", operation: "POST /pets", breaking: false, message: "`pets.createPet()` added" },
    ]);
    expect(await sdkOf("operation-removed")).toEqual([
      { kind: "method-removed", method: "pets.deletePet", operation: "DELETE /pets/{id}", breaking: true, message: "`pets.deletePet()` removed" },
    ]);
  });

  it("Request changes change a method's parameter types and response changes its return type, breaking when the change is.", async () => {
    const kinds = async (id: string) => (await sdkOf(id)).map(({ kind, method, breaking }) => ({ kind, method, breaking }));
    expect(await kinds("request-property-added-required")).toEqual([{ kind: "params-changed", method: "pets.updatePet", breaking: true }]);
    expect(await kinds("request-property-added-optional")).toEqual([{ kind: "params-changed", method: "pets.updatePet", breaking: false }]);
    expect(await kinds("response-required-property-removed")).toEqual([{ kind: "return-changed", method: "pets.getPet", breaking: true }]);
    expect(await kinds("response-property-added")).toEqual([{ kind: "return-changed", method: "pets.getPet", breaking: false }]);
    // A parameter that became required also changes how the method is called.
    expect(await kinds("request-parameter-became-required")).toEqual([
      { kind: "signature-changed", method: "pets.listPets", breaking: true },
      { kind: "params-changed", method: "pets.listPets", breaking: true },
    ]);
  });
});

describe("messages", () => {
  it("A change inside array items is worded as the items' (response 200 items property `id`), never as a property named []", () => {
    const doc = (itemProperties: Record<string, unknown>) => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/pets": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { type: "array", items: { type: "object", required: ["id"], properties: itemProperties } } } },
              },
            },
          },
        },
      },
    });
    const report = diffDocumentsReport(doc({ id: { type: "integer" } }), doc({ id: { type: "string" }, note: { type: "string" } }));
    expect(report.changes.map((change) => change.message).sort()).toEqual([
      "response 200 items property `id`: type changed from integer to string",
      "response 200 items: property `note` added",
    ]);
  });
});
