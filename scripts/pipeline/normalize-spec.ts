import { compareCodeUnits, record } from "../document/json.js";
import { usesReadWrite } from "../document/facts.js";
import type { ApiModel } from "../model/api-model.js";
import { authModels, securityOptions } from "../model/auth.js";
import { groupResources, nameMethods } from "../model/naming.js";
import { collectOperations } from "../model/operations.js";
import { paginationWarnings } from "../model/pagination.js";
import { firstServerUrl } from "../model/servers.js";
import type { ClientConfig } from "./config.js";
import type { LoadedSpec } from "./load-spec.js";

/**
 * Builds the ApiModel (scripts/model/) from the validated document; operations sorted by path
 * then method, by code unit (never locale). Each job has its module: auth, operations and
 * parameters, bodies and responses, naming, servers.
 */
export function normalizeSpec(spec: Pick<LoadedSpec, "document">, config: ClientConfig): ApiModel {
  const document = spec.document;
  const { models: auth, optionOf } = authModels(document);
  const operations = collectOperations(document, auth, optionOf, config.pagination);
  const warnings = paginationWarnings(
    document,
    operations.flatMap((operation) => operation.warnings),
    config.pagination,
  );
  const resources = groupResources(operations, document, config);
  // Where no operation (and not the document) says what it needs, every operation needs credentials.
  const declaresSecurity = document.security !== undefined || operations.some((operation) => operation.model.security !== undefined);
  return {
    clientName: config.name,
    title: String(record(document.info).title ?? config.name),
    baseUrl: firstServerUrl(document),
    auth,
    authRequired: auth.length > 0 && (!declaresSecurity || operations.every((operation) => operation.needsAuth)),
    security: document.security === undefined ? undefined : securityOptions(document.security, optionOf),
    usesReadWrite: usesReadWrite(document),
    env: config.env ?? {},
    resources,
    // Root methods share the client class with the resource properties.
    rootOperations: nameMethods(
      operations.filter((entry) => entry.tag === undefined),
      resources.map((resource) => resource.property),
    ),
    schemaNames: Object.keys(record(record(document.components).schemas)).sort(compareCodeUnits),
    ...(warnings.length === 0 ? {} : { warnings }),
  };
}
