// Changes a Modbox workspace member's role and prints the updated member as JSON.
//
//   MODBOX_TOKEN=… node --import tsx examples/modbox.ts [workspaceId] [userId]
//
// MODBOX_BASE_URL points the client elsewhere (a Prism mock, a staging server).
import { APIConnectionError, Modbox, ModboxError } from "api-clients";
import type { WorkspaceRole } from "api-clients/modbox";

const [workspaceId = "3fa85f64-5717-4562-b3fc-2c963f66afa6", userId = "usr_abc123"] = process.argv.slice(2);
const role: WorkspaceRole = "admin";

const modbox = new Modbox({ token: process.env.MODBOX_TOKEN, baseUrl: process.env.MODBOX_BASE_URL });

try {
  const member = await modbox.workspaces.updateWorkspaceMemberRole(workspaceId, userId, { role });
  console.log(JSON.stringify(member, null, 2));
} catch (err) {
  if (err instanceof ModboxError) {
    // err.status, err.body and err.requestId are there too; a 422 lists its problems in err.detail.
    console.error(`${err.name}: ${err.message}`);
    for (const problem of err.detail ?? []) console.error(`  ${problem.loc.join(".")}: ${problem.msg}`);
  } else if (err instanceof APIConnectionError) {
    console.error(`${err.name}: ${err.message}`);
  } else {
    throw err;
  }
  process.exitCode = 1;
}
