// Consumer fixture: compiled by test/build.test.ts as CommonJS (`module: node16` in a package
// without "type": "module", strict, skipLibCheck false), then run with Node against a
// node:http server whose URL is argv[2]. Prints one JSON report line.
import { APIError, Modbox, ModboxOpenApiClient } from "api-clients";
import type { WorkspaceMemberResponse, WorkspaceRole } from "api-clients/modbox";
import { BaseClient } from "api-clients/runtime";

async function main(baseUrl: string | undefined): Promise<void> {
  const role: WorkspaceRole = "viewer";
  // @ts-expect-error "superuser" is not a WorkspaceRole: the types are the package's, not any.
  const wrong: WorkspaceRole = "superuser";
  const client = new ModboxOpenApiClient({ token: "tok_ts", baseUrl });
  const member: WorkspaceMemberResponse = await client.workspaces.updateWorkspaceMemberRole("ws_1", "usr_2", { role });
  console.log(
    JSON.stringify({ role: member.role, wrong, isModbox: client instanceof Modbox, isBaseClient: client instanceof BaseClient, apiError: APIError.name }),
  );
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
