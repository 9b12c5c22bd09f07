/**
 * How a generated method is called: the one rule for whether it takes a params object, and
 * whether that object is required. The emitter writes methods by it; the diff's SDK report
 * reads call shapes by it, so the two cannot drift apart.
 */
import type { OperationModel, ParamModel } from "../model/api-model.js";

/** Whether the method takes a params object: it has a body, query or (non-auth) header parameters. */
export function takesParams(operation: OperationModel): boolean {
  return operation.body !== undefined || allParams(operation).length > 0;
}

export function allParams(operation: OperationModel): ParamModel[] {
  return [...operation.queryParams, ...operation.headerParams, ...operation.cookieParams];
}

/** Whether the params object is required: a required parameter, or a required body. */
export function paramsRequired(operation: OperationModel): boolean {
  const requiredParam = allParams(operation).some((param) => param.required);
  return requiredParam || operation.body?.required === true;
}
