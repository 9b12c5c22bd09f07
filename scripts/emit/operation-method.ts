/** A generated method: its signature, its JSDoc, and the one call to the transport it makes. */
import type { MethodDeclarationStructure, OptionalKind, WriterFunction } from "ts-morph";
import type { OperationModel, ParamModel } from "../model/api-model.js";
import { docText, jsonLiteral, propertyKey, stringLiteral } from "./escape.js";
import { operationType, type OperationTypeNames } from "./operation-types.js";
import { headerTableLiteral } from "./response-headers.js";
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
    returnType: returnType(operation, types),
    statements: [operation.pagination === undefined ? requestCall(operation, types, transport, hasParams) : pagedCall(operation, types, transport, hasParams)],
  };
}

/**
 * `APIPromise<Response>`, `APIPromise<Stream<Item>>` for a stream, `PagePromise<Response, Item>` for
 * a list that pages; with the declared response headers' type last when there are some.
 */
function returnType(operation: OperationModel, types: OperationTypeNames): string {
  if (operation.stream !== undefined) return `APIPromise<${typeArguments(`Stream<${types.item}>`, types.headers)}>`;
  if (operation.pagination !== undefined) return `PagePromise<${typeArguments(types.response, types.item, types.headers)}>`;
  return `APIPromise<${typeArguments(types.response, types.headers)}>`;
}

/** Type arguments, an absent one (no declared headers) left out so that its default applies. */
function typeArguments(...types: (string | undefined)[]): string {
  return types.filter((type) => type !== undefined).join(", ");
}

function requestCall(operation: OperationModel, types: OperationTypeNames, transport: string, hasParams: boolean): WriterFunction {
  return (writer) => {
    const inputText = operationInput(operation, types, hasParams ? "params" : undefined);
    const data = operation.stream === undefined ? types.response : `Stream<${types.item}>`;
    writer.write(
      `return ${transport}.request<${typeArguments(data, types.headers)}>(${stringLiteral(operation.httpMethod)}, ${stringLiteral(operation.pathTemplate)}, ${inputText}, options);`,
    );
  };
}

/**
 * Every page, the first included, is one transport call with the page's query over the caller's
 * params (or the next link as `url`), so each gets auth, retries, timeouts and the signal.
 */
function pagedCall(operation: OperationModel, types: OperationTypeNames, transport: string, hasParams: boolean): WriterFunction {
  return (writer) => {
    const inputText = operationInput(operation, types, hasParams ? "{ ...params, ...page.query }" : undefined, "page.url");
    const request = `${transport}.request<${typeArguments(types.response, types.headers)}>(${stringLiteral(operation.httpMethod)}, ${stringLiteral(operation.pathTemplate)}, ${inputText}, options)`;
    const first = hasParams ? "{ query: { ...params } }" : "{ query: {} }";
    writer.write(`return new PagePromise<${typeArguments(types.response, types.item, types.headers)}>(`);
    writer.write(
      `(page) => ${request}.withResponse(), ${jsonLiteral(operation.pagination)}, ${first}, { origin: ${transport}.origin, signal: options?.signal });`,
    );
  };
}

/** The OperationInput literal of a call, with `params` (an expression) split by the operation's layout. */
function operationInput(operation: OperationModel, types: OperationTypeNames, params: string | undefined, url?: string): string {
  const path = operation.pathParams.map((param) => `${propertyKey(param.name)}: ${param.identifier}`).join(", ");
  const { body, stream } = operation;
  const input = [
    path === "" ? undefined : `path: { ${path} }`,
    params === undefined ? undefined : `...splitParams(${params}, ${paramsLayout(operation)})`,
    body !== undefined && body.mediaType !== "application/json" ? `requestType: ${stringLiteral(body.mediaType)}` : undefined,
    operation.responseType === "json" || stream !== undefined ? undefined : `responseType: ${stringLiteral(operation.responseType)}`,
    operation.accept === undefined || operation.accept === "application/json" ? undefined : `accept: ${stringLiteral(operation.accept)}`,
    operation.security === undefined ? undefined : `security: ${jsonLiteral(operation.security)}`,
    idempotencyHeaderField(operation),
    types.headers === undefined ? undefined : `responseHeaders: declaredHeaders(${headerTableLiteral(operation)})`,
    stream === undefined ? undefined : `stream: Stream.reader<${types.item}>(${jsonLiteral({ format: stream.format, data: stream.data })})`,
    url === undefined ? undefined : `url: ${url}`,
  ].filter((part) => part !== undefined);
  return input.length === 0 ? "{}" : `{ ${input.join(", ")} }`;
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
