// Consumer fixture: run by test/build.test.ts with Node from the consumer project, with
// FREDDY_API_KEY and MODBOX_TOKEN unset. Prints one JSON report line; the test asserts on it.
import * as root from "api-clients";
import * as aitronos from "api-clients/aitronos";
import * as modbox from "api-clients/modbox";
import * as runtime from "api-clients/runtime";

function attempt(make) {
  try {
    make();
    return { threw: false };
  } catch (error) {
    return { threw: true, isClientError: error instanceof runtime.ClientError, message: String(error?.message) };
  }
}

const report = {
  resolved: Object.fromEntries([".", "./modbox", "./aitronos", "./runtime"].map((subpath) => [subpath, import.meta.resolve(`api-clients${subpath.slice(1)}`)])),
  updateWorkspaceMemberRole: typeof new root.Modbox({ token: "x" }).workspaces.updateWorkspaceMemberRole,
  updateMember: typeof new root.Aitronos({ apiKey: "k" }).crewManagementMembers.updateMember,
  // One module graph: the root re-exports are the subpaths' classes, not copies.
  sameClasses:
    root.Modbox === modbox.Modbox &&
    root.Aitronos === aitronos.Aitronos &&
    root.ModboxError === modbox.ModboxError &&
    root.AitronosError === aitronos.AitronosError &&
    root.APIError === runtime.APIError &&
    new root.Modbox({ token: "x" }) instanceof runtime.BaseClient,
  aitronosWithoutKey: attempt(() => new root.Aitronos({})),
  modboxWithoutToken: attempt(() => new root.Modbox()),
};
process.env.FREDDY_API_KEY = "from-env";
report.aitronosWithEnvKey = attempt(() => new root.Aitronos({}));
try {
  await import("api-clients/dist/src/index.js");
  report.deepImport = "imported";
} catch (error) {
  report.deepImport = error.code;
}
console.log(JSON.stringify(report));
