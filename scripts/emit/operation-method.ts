/** A generated method: its signature, its JSDoc, and the one call to the transport it makes. */
import type { MethodDeclarationStructure, OptionalKind, WriterFunction } from "ts-morph";
import type { OperationModel, ParamModel } from "../model/api-model.js";
import { docText, jsonLiteral, propertyKey, stringLiteral } from "./escape.js";
import { operationType, type OperationTypeNames } from "./operation-types.js";
import { paramsRequired, takesParams } from "./signature.js";

export function operationMethod(operation: OperationModel, types: OperationTypeNames, transport: string): OptionalKind<MethodDeclarationStructure> {
  const pathParameters = operation.pathParams.map((param) => ({
    name: param.identifier,
    type: param.primitive ?? `${operationType(operation)}["parameters"]["path"][${stringLiteral(param.name)}]`,
  }));
  const hasParams = takesParams(operation);
  const paramsParameter = hasParams ? [{ name: "params", type: types.params, hasQuestionToken: !paramsRequired(operation) }] : [];
  return {
    name: operation.methodName,
    docs: [operationDocs(operation)],
    parameters: [...pathParameters, ...paramsParameter, { name: "options", type: "RequestOptions", hasQuestionToken: true }],
    returnType: `APIPromise<${types.response}>`,
    statements: [requestCall(operation, types, transport, hasParams)],
  };
}

function requestCall(operation: OperationModel, types: OperationTypeNames, transport: string, hasParams: boolean): WriterFunction {
  return (writer) => {
    const path = operation.pathParams.map((param) => `${propertyKey(param.name)}: ${param.identifier}`).join(", ");
    const { body } = operation;
    const input = [
      path === "" ? undefined : `path: { ${path} }`,
      hasParams ? `...splitParams(params, ${paramsLayout(operation)})` : undefined,
      body !== undefined && body.mediaType !== "application/json" ? `requestType: ${stringLiteral(body.mediaType)}` : undefined,
      operation.responseType === "json" ? undefined : `responseType: ${stringLiteral(operation.responseType)}`,
      operation.accept === undefined || operation.accept === "application/json" ? undefined : `accept: ${stringLiteral(operation.accept)}`,
      operation.security === undefined ? undefined : `security: ${jsonLiteral(operation.security)}`,
      idempotencyHeaderField(operation),
    ].filter((part) => part !== undefined);
    const inputText = input.length === 0 ? "{}" : `{ ${input.join(", ")} }`;
    const template = stringLiteral(operation.pathTemplate);
    writer.write(`return ${transport}.request<${types.response}>(${stringLiteral(operation.httpMethod)}, ${template}, ${inputText}, options);`);
  };
}

/**
 * The operation's idempotency header parameter, so that the runtime sends a key and may retry
 * the call: `Idempotency-Key` in any case (IETF draft-ietf-httpapi-idempotency-key-header).
 * Absent for every other operation, whose output stays as it was.
 */
function idempotencyHeaderField(operation: OperationModel): string | undefined {
  const header = operation.headerParams.find((param) => param.name.toLowerCase() === "idempotency-key");
  return header === undefined ? undefined : `idempotencyHeader: ${stringLiteral(header.name)}`;
}

/** How the runtime splits the params object (see ParamsLayout): parameter names by location, where the body is, non-default styles. */
function paramsLayout(operation: OperationModel): string {
  const list = (params: ParamModel[]) => `[${params.map((param) => stringLiteral(param.name)).join(", ")}]`;
  const locations = { query: operation.queryParams, header: operation.headerParams, cookie: operation.cookieParams };
  const fields = Object.entries(locations)
    .filter(([, params]) => params.length > 0)
    .map(([location, params]) => `${location}: ${list(params)}`);
  const body = operation.body === undefined ? "none" : operation.body.spread ? "spread" : "property";
  fields.push(`body: ${stringLiteral(body)}`);
  const styles = Object.entries(locations)
    .map(([location, params]) => {
      const styled = params.filter((param) => param.style !== undefined);
      if (styled.length === 0) return undefined;
      const entries = styled.map((param) => `${propertyKey(param.name)}: ${jsonLiteral(param.style)}`);
      return `${location}: { ${entries.join(", ")} }`;
    })
    .filter((entry) => entry !== undefined);
  if (styles.length > 0) fields.push(`styles: { ${styles.join(", ")} }`);
  return `{ ${fields.join(", ")} }`;
}

const ERROR_CLASS_BY_STATUS: Record<string, string> = {
  "400": "BadRequestError",
  "401": "AuthenticationError",
  "403": "PermissionDeniedError",
  "404": "NotFoundError",
  "409": "ConflictError",
  "422": "UnprocessableEntityError",
  "429": "RateLimitError",
};

function errorClassName(status: string): string {
  if (Object.hasOwn(ERROR_CLASS_BY_STATUS, status)) return ERROR_CLASS_BY_STATUS[status] as string;
  return /^5/.test(status) ? "InternalServerError" : "APIError";
}

/**
 * The method's JSDoc as one text, not as ts-morph's `{ description, tags }`: ts-morph prints
 * those through a writer that tracks comments in the text it is given, and after a `/*` in a
 * description it "closes" that comment by writing `*\/` before the first tag: the end of the
 * JSDoc, with the rest of the spec's text after it as code.
 */
function operationDocs(operation: OperationModel): string {
  const text = [operation.summary, operation.description].filter((part) => part !== undefined).map(docText);
  const tags = [
    ...operation.pathParams.map((param) => `@param ${docText(`${param.identifier} ${param.description ?? `\`${param.name}\``}`)}`),
    ...operation.errors.map((error) => `@throws ${docText(`{${errorClassName(error.status)}} ${error.status} ${error.description ?? ""}`)}`),
    ...(operation.deprecated ? ["@deprecated"] : []),
  ];
  const route = `${operation.httpMethod} ${docText(operation.path)}`;
  const description = `${text.join("\n\n") || route}\n\n\`${route}\``;
  return tags.length === 0 ? description : `${description}\n${tags.join("\n")}`;
}
