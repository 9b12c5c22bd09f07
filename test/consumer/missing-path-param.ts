// Consumer fixture: must NOT compile. The second path parameter (userId) is missing, so the
// body lands where a string is expected.
import { Aitronos } from "api-clients";

export async function run(): Promise<void> {
  await new Aitronos({ apiKey: "k" }).crewManagementMembers.updateMember("org_abc123", { role_id: "role_member_001" });
}
