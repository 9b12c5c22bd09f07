/**
 * A consumer of one client ships that client only: importing `Modbox`, from its subpath or
 * from the package root (package.json has `"sideEffects": false`), leaves every module and
 * string of Aitronos out of the bundle, and the other way round.
 */
import { describe, expect, it } from "vitest";
import { bundle } from "./bundle.js";

interface Case {
  client: string;
  /** The other client: none of its modules or names may appear. */
  other: string;
  /** A call, so that the bundle keeps the client's code path alive. */
  call: string;
  options: string;
  /** The path template of the call, which the bundle must contain. */
  path: string;
}

const MODBOX: Case = {
  client: "Modbox",
  other: "aitronos",
  call: 'workspaces.updateWorkspaceMemberRole("ws_1", "usr_2", { role: "admin" })',
  options: '{ token: "t" }',
  path: "/workspaces/{workspace_id}/members/{target_user_id}",
};
const AITRONOS: Case = {
  client: "Aitronos",
  other: "modbox",
  call: 'crewManagementMembers.updateMember("org_1", "usr_2", { role_id: "role_admin" })',
  options: '{ apiKey: "k" }',
  path: "/v1/organizations/{organization_id}/users/{user_id}",
};

const consumer = (from: string, { client, call, options }: Case) =>
  `import { ${client} } from "${from}";\nexport const run = () => new ${client}(${options}).${call};\n`;

describe.each([
  ["Modbox from src/modbox.ts", "./src/modbox.js", MODBOX],
  ["Modbox from the root entry src/index.ts", "./src/index.js", MODBOX],
  ["Aitronos from src/aitronos.ts", "./src/aitronos.js", AITRONOS],
  ["Aitronos from the root entry src/index.ts", "./src/index.js", AITRONOS],
] as const)("a consumer importing %s", (_name, from, testCase) => {
  it(`bundles nothing of ${testCase.other}`, async () => {
    const { code, metafile } = await bundle({ source: consumer(from, testCase), platform: "browser" });
    // The output's inputs, not the metafile's: those list every module read, shaken off or not.
    const [output] = Object.values(metafile.outputs);
    const shipped = Object.entries(output?.inputs ?? {}).flatMap(([path, { bytesInOutput }]) => (bytesInOutput > 0 ? [path] : []));
    expect(shipped.filter((path) => path.toLowerCase().includes(testCase.other))).toEqual([]);
    expect(code.split("\n").filter((line) => line.toLowerCase().includes(testCase.other))).toEqual([]);
    // And not for the wrong reason: the client and its call are in the bundle.
    expect(shipped).toEqual(expect.arrayContaining([`generated/${testCase.client.toLowerCase()}/client.ts`, "src/runtime/transport.ts"]));
    expect(code).toContain(testCase.path);
  });
});
