// Changes an Aitronos organization member's role and prints the result as JSON.
//
//   FREDDY_API_KEY=… node --import tsx examples/aitronos.ts [organizationId] [userId] [roleId]
//
// AITRONOS_BASE_URL points the client elsewhere (a Prism mock, a staging server).
import { AitronosError, APIConnectionError, Aitronos } from "api-clients";

const [organizationId = "org_abc123", userId = "usr_abc123", roleId = "role_member_001"] = process.argv.slice(2);

const aitronos = new Aitronos({ apiKey: process.env.FREDDY_API_KEY, baseUrl: process.env.AITRONOS_BASE_URL });

try {
  const result = await aitronos.crewManagementMembers.updateMember(organizationId, userId, { role_id: roleId });
  console.log(JSON.stringify(result, null, 2));
} catch (err) {
  if (err instanceof AitronosError) {
    // err.status, err.body and err.requestId are there too; code and traceId come from the error envelope.
    console.error(`${err.name}: ${err.message}`);
    if (err.code !== undefined) console.error(`  code ${err.code}, trace id ${err.traceId}`);
  } else if (err instanceof APIConnectionError) {
    console.error(`${err.name}: ${err.message}`);
  } else {
    throw err;
  }
  process.exitCode = 1;
}
