// Consumer fixture: run by test/build.test.ts with Node in a CommonJS project ("type":
// "commonjs") against a node:http server whose URL is argv[2]. require() loads the package's ES
// modules (Node ≥ 20.19, ≥ 22.12). Prints one JSON report line; the test asserts on it.
const root = require("api-clients");
const aitronos = require("api-clients/aitronos");
const modbox = require("api-clients/modbox");
const runtime = require("api-clients/runtime");

async function main(baseUrl) {
  const client = new root.Modbox({ token: "tok_cjs", baseUrl });
  const member = await client.workspaces.updateWorkspaceMemberRole("ws_1", "usr_2", { role: "admin" });
  let denied;
  try {
    await new aitronos.Aitronos({ apiKey: "key_cjs", baseUrl }).crewManagementMembers.updateMember("org_1", "usr_2", { role_id: "role_admin" });
    denied = "resolved";
  } catch (error) {
    denied = { name: error.name, status: error.status, aitronosError: error instanceof root.AitronosError, apiError: error instanceof runtime.APIError };
  }
  return {
    commonJs: typeof module === "object" && typeof require === "function",
    resolved: Object.fromEntries(["", "/modbox", "/aitronos", "/runtime"].map((subpath) => [`.${subpath}`, require.resolve(`api-clients${subpath}`)])),
    member,
    denied,
    // One module graph, as for import: the root's classes are the subpaths' classes.
    sameClasses:
      root.Modbox === modbox.Modbox && root.ModboxOpenApiClient === modbox.Modbox && root.APIError === runtime.APIError && client instanceof runtime.BaseClient,
  };
}

main(process.argv[2]).then(
  (report) => console.log(JSON.stringify(report)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
