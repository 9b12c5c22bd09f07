/** Every spec-diff rule, by what it compares. Each rule lives in its own module (`<id>.ts`). */
import type { BodyPair, DocumentPair, OperationPair, ParameterPair, ResponsesPair, Rule, SchemaPair } from "../types.js";
import defaultChanged from "./default-changed.js";
import deprecatedOperationRemoved from "./deprecated-operation-removed.js";
import operationAdded from "./operation-added.js";
import operationDeprecated from "./operation-deprecated.js";
import operationIdChanged from "./operation-id-changed.js";
import operationRemoved from "./operation-removed.js";
import operationTagChanged from "./operation-tag-changed.js";
import requestBodyAddedOptional from "./request-body-added-optional.js";
import requestBodyAddedRequired from "./request-body-added-required.js";
import requestBodyBecameOptional from "./request-body-became-optional.js";
import requestBodyBecameRequired from "./request-body-became-required.js";
import requestBodyRemoved from "./request-body-removed.js";
import requestConstraintLoosened from "./request-constraint-loosened.js";
import requestConstraintTightened from "./request-constraint-tightened.js";
import requestEnumValueAdded from "./request-enum-value-added.js";
import requestEnumValueRemoved from "./request-enum-value-removed.js";
import requestMediaTypeAdded from "./request-media-type-added.js";
import requestMediaTypeRemoved from "./request-media-type-removed.js";
import requestNullableAdded from "./request-nullable-added.js";
import requestNullableRemoved from "./request-nullable-removed.js";
import requestOneofMemberAdded from "./request-oneof-member-added.js";
import requestOneofMemberRemoved from "./request-oneof-member-removed.js";
import requestParameterAddedOptional from "./request-parameter-added-optional.js";
import requestParameterAddedRequired from "./request-parameter-added-required.js";
import requestParameterBecameOptional from "./request-parameter-became-optional.js";
import requestParameterBecameRequired from "./request-parameter-became-required.js";
import requestParameterMoved from "./request-parameter-moved.js";
import requestParameterRemoved from "./request-parameter-removed.js";
import requestPropertyAddedOptional from "./request-property-added-optional.js";
import requestPropertyAddedRequired from "./request-property-added-required.js";
import requestPropertyBecameOptional from "./request-property-became-optional.js";
import requestPropertyBecameRequired from "./request-property-became-required.js";
import requestPropertyRemoved from "./request-property-removed.js";
import requestTypeChanged from "./request-type-changed.js";
import requestTypeWidened from "./request-type-widened.js";
import responseBecameNullable from "./response-became-nullable.js";
import responseConstraintLoosened from "./response-constraint-loosened.js";
import responseConstraintTightened from "./response-constraint-tightened.js";
import responseEnumValueAdded from "./response-enum-value-added.js";
import responseEnumValueRemoved from "./response-enum-value-removed.js";
import responseErrorStatusChanged from "./response-error-status-changed.js";
import responseMediaTypeAdded from "./response-media-type-added.js";
import responseMediaTypeRemoved from "./response-media-type-removed.js";
import responseNullableRemoved from "./response-nullable-removed.js";
import responseOneofMemberAdded from "./response-oneof-member-added.js";
import responseOneofMemberRemoved from "./response-oneof-member-removed.js";
import responseOptionalPropertyRemoved from "./response-optional-property-removed.js";
import responsePropertyAdded from "./response-property-added.js";
import responsePropertyBecameOptional from "./response-property-became-optional.js";
import responsePropertyBecameRequired from "./response-property-became-required.js";
import responseRequiredPropertyRemoved from "./response-required-property-removed.js";
import responseSuccessStatusAdded from "./response-success-status-added.js";
import responseSuccessStatusRemoved from "./response-success-status-removed.js";
import responseTypeChanged from "./response-type-changed.js";
import responseTypeNarrowed from "./response-type-narrowed.js";
import securityRequirementAdded from "./security-requirement-added.js";
import serverChanged from "./server-changed.js";

export type { DocumentPair } from "../types.js";

export interface RuleSet {
  document: readonly Rule<DocumentPair>[];
  operation: readonly Rule<OperationPair>[];
  parameter: readonly Rule<ParameterPair>[];
  body: readonly Rule<BodyPair>[];
  responses: readonly Rule<ResponsesPair>[];
  schema: readonly Rule<SchemaPair>[];
}

export const RULES: RuleSet = {
  document: [serverChanged],
  operation: [
    operationAdded,
    operationRemoved,
    deprecatedOperationRemoved,
    operationDeprecated,
    operationIdChanged,
    operationTagChanged,
    securityRequirementAdded,
  ],
  parameter: [
    requestParameterAddedRequired,
    requestParameterAddedOptional,
    requestParameterRemoved,
    requestParameterBecameRequired,
    requestParameterBecameOptional,
    requestParameterMoved,
  ],
  body: [
    requestBodyAddedRequired,
    requestBodyAddedOptional,
    requestBodyRemoved,
    requestBodyBecameRequired,
    requestBodyBecameOptional,
    requestMediaTypeRemoved,
    requestMediaTypeAdded,
  ],
  responses: [responseSuccessStatusRemoved, responseSuccessStatusAdded, responseErrorStatusChanged, responseMediaTypeRemoved, responseMediaTypeAdded],
  schema: [
    requestPropertyAddedRequired,
    requestPropertyAddedOptional,
    requestPropertyRemoved,
    requestPropertyBecameRequired,
    requestPropertyBecameOptional,
    requestTypeChanged,
    requestTypeWidened,
    requestEnumValueRemoved,
    requestEnumValueAdded,
    requestConstraintTightened,
    requestConstraintLoosened,
    requestNullableRemoved,
    requestNullableAdded,
    requestOneofMemberRemoved,
    requestOneofMemberAdded,
    defaultChanged,
    responseRequiredPropertyRemoved,
    responseOptionalPropertyRemoved,
    responsePropertyBecameOptional,
    responsePropertyBecameRequired,
    responsePropertyAdded,
    responseTypeChanged,
    responseTypeNarrowed,
    responseEnumValueAdded,
    responseEnumValueRemoved,
    responseBecameNullable,
    responseNullableRemoved,
    responseOneofMemberAdded,
    responseOneofMemberRemoved,
    responseConstraintLoosened,
    responseConstraintTightened,
  ],
};

/** Every rule, in the order docs/spec-diff-rules.md lists them. */
export const ALL_RULES: readonly Rule<never>[] = Object.values(RULES).flat() as Rule<never>[];
