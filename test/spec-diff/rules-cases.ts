/**
 * What each rule's fixture pair (test/fixtures/spec-diff/<rule-id>/{base,revision}.yaml) must
 * report: the operation the change belongs to, and the JSON pointer to it, with the document it
 * points into (the base for what the revision removed, else the revision).
 */
export interface RuleCase {
  operation: string;
  location: string;
  in: "base" | "revision";
}

const PUT_PET = "PUT /pets/{id}";
const GET_PET = "GET /pets/{id}";
const LIST_PETS = "GET /pets";
const put = "#/paths/~1pets~1{id}/put";
const feed = "#/paths/~1pets~1{id}~1feed/post/requestBody";
const listParameter = "#/paths/~1pets/get/parameters/0";
const schemas = "#/components/schemas";

export const RULE_CASES: Readonly<Record<string, RuleCase>> = {
  // The document.
  "server-changed": { operation: "*", location: "#/servers", in: "revision" },
  // Operations.
  "operation-added": { operation: "POST /pets", location: "#/paths/~1pets/post", in: "revision" },
  "operation-removed": { operation: "DELETE /pets/{id}", location: "#/paths/~1pets~1{id}/delete", in: "base" },
  "deprecated-operation-removed": { operation: "DELETE /pets/{id}", location: "#/paths/~1pets~1{id}/delete", in: "base" },
  "operation-deprecated": { operation: PUT_PET, location: put, in: "revision" },
  "operation-id-changed": { operation: PUT_PET, location: put, in: "revision" },
  "operation-tag-changed": { operation: PUT_PET, location: put, in: "revision" },
  "security-requirement-added": { operation: PUT_PET, location: put, in: "revision" },
  // Parameters.
  "request-parameter-added-required": { operation: PUT_PET, location: `${put}/parameters/1`, in: "revision" },
  "request-parameter-added-optional": { operation: LIST_PETS, location: listParameter, in: "revision" },
  "request-parameter-removed": { operation: LIST_PETS, location: listParameter, in: "base" },
  // Declared on the path item.
  "request-parameter-became-required": { operation: LIST_PETS, location: "#/paths/~1pets/parameters/0", in: "revision" },
  // `$ref`'d from components.parameters.
  "request-parameter-became-optional": { operation: LIST_PETS, location: "#/components/parameters/Limit", in: "revision" },
  "request-parameter-moved": { operation: PUT_PET, location: `${put}/parameters/1`, in: "revision" },
  // Request bodies.
  "request-body-added-required": { operation: "POST /pets/{id}/feed", location: feed, in: "revision" },
  "request-body-added-optional": { operation: "POST /pets/{id}/feed", location: feed, in: "revision" },
  "request-body-removed": { operation: "POST /pets/{id}/feed", location: feed, in: "base" },
  "request-body-became-required": { operation: PUT_PET, location: `${put}/requestBody`, in: "revision" },
  // `$ref`'d from components.requestBodies.
  "request-body-became-optional": { operation: PUT_PET, location: "#/components/requestBodies/PetBody", in: "revision" },
  "request-media-type-removed": { operation: PUT_PET, location: `${put}/requestBody`, in: "base" },
  "request-media-type-added": { operation: PUT_PET, location: `${put}/requestBody`, in: "revision" },
  // Responses.
  "response-success-status-removed": { operation: "POST /pets", location: "#/paths/~1pets/post/responses/200", in: "base" },
  "response-success-status-added": { operation: PUT_PET, location: `${put}/responses/202`, in: "revision" },
  // `$ref`'d from components.responses.
  "response-error-status-changed": { operation: PUT_PET, location: "#/components/responses/Conflict", in: "revision" },
  "response-media-type-removed": { operation: GET_PET, location: "#/paths/~1pets~1{id}/get/responses/200", in: "base" },
  "response-media-type-added": { operation: GET_PET, location: "#/paths/~1pets~1{id}/get/responses/200", in: "revision" },
  // Request schemas.
  "request-property-added-required": { operation: PUT_PET, location: `${schemas}/PetInput`, in: "revision" },
  "request-property-added-optional": { operation: PUT_PET, location: `${schemas}/PetInput`, in: "revision" },
  "request-property-removed": { operation: PUT_PET, location: `${schemas}/PetInput`, in: "base" },
  "request-property-became-required": { operation: PUT_PET, location: `${schemas}/PetInput`, in: "revision" },
  "request-property-became-optional": { operation: PUT_PET, location: `${schemas}/PetInput`, in: "revision" },
  "request-type-changed": { operation: LIST_PETS, location: `${listParameter}/schema`, in: "revision" },
  "request-type-widened": { operation: PUT_PET, location: `${schemas}/PetInput/properties/price`, in: "revision" },
  "request-enum-value-removed": { operation: LIST_PETS, location: `${listParameter}/schema`, in: "revision" },
  "request-enum-value-added": { operation: LIST_PETS, location: `${listParameter}/schema`, in: "revision" },
  "request-constraint-tightened": { operation: LIST_PETS, location: `${listParameter}/schema`, in: "revision" },
  "request-constraint-loosened": { operation: LIST_PETS, location: `${listParameter}/schema`, in: "revision" },
  "request-nullable-removed": { operation: PUT_PET, location: `${schemas}/PetInput/properties/nickname`, in: "revision" },
  "request-nullable-added": { operation: PUT_PET, location: `${schemas}/PetInput/properties/nickname`, in: "revision" },
  "request-oneof-member-removed": { operation: "POST /pets", location: `${schemas}/NewPet`, in: "base" },
  "request-oneof-member-added": { operation: "POST /pets", location: `${schemas}/NewPet`, in: "revision" },
  "default-changed": { operation: LIST_PETS, location: `${listParameter}/schema`, in: "revision" },
  // Response schemas.
  "response-required-property-removed": { operation: GET_PET, location: `${schemas}/Pet`, in: "base" },
  "response-optional-property-removed": { operation: GET_PET, location: `${schemas}/Pet`, in: "base" },
  "response-property-became-optional": { operation: GET_PET, location: `${schemas}/Pet`, in: "revision" },
  "response-property-became-required": { operation: GET_PET, location: `${schemas}/Pet`, in: "revision" },
  "response-property-added": { operation: GET_PET, location: `${schemas}/Pet`, in: "revision" },
  "response-type-changed": { operation: GET_PET, location: `${schemas}/Pet/properties/id`, in: "revision" },
  "response-type-narrowed": { operation: GET_PET, location: `${schemas}/Pet/properties/price`, in: "revision" },
  "response-enum-value-added": { operation: GET_PET, location: `${schemas}/Pet/properties/status`, in: "revision" },
  "response-enum-value-removed": { operation: GET_PET, location: `${schemas}/Pet/properties/status`, in: "revision" },
  "response-became-nullable": { operation: GET_PET, location: `${schemas}/Pet/properties/owner`, in: "revision" },
  // The revision's `owner` is a plain `$ref`: schema locations are where `$ref`s lead.
  "response-nullable-removed": { operation: GET_PET, location: `${schemas}/User`, in: "revision" },
  "response-oneof-member-added": { operation: GET_PET, location: `${schemas}/PetResult`, in: "revision" },
  "response-oneof-member-removed": { operation: GET_PET, location: `${schemas}/PetResult`, in: "base" },
  "response-constraint-loosened": { operation: GET_PET, location: `${schemas}/Pet/properties/name`, in: "revision" },
  "response-constraint-tightened": { operation: GET_PET, location: `${schemas}/Pet/properties/name`, in: "revision" },
};
