// Consumer fixture: must NOT compile. "roleId" is not a field of UpdateMemberRoleRequest
// (the spec's field is "role_id").
import { Aitronos } from "api-clients";

export async function run(): Promise<void> {
  await new Aitronos({ apiKey: "k" }).crewManagementMembers.updateMember("org_abc123", "usr_abc123", { roleId: "role_member_001" });
}
