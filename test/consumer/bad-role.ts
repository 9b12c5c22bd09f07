// Consumer fixture: must NOT compile. "superuser" is not a WorkspaceRole (expected TS2322).
import { Modbox } from "api-clients";

export async function run(): Promise<void> {
  await new Modbox({ token: "t" }).workspaces.updateWorkspaceMemberRole("ws", "usr", { role: "superuser" });
}
