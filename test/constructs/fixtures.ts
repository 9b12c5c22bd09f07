// The construct fixtures (test/fixtures/constructs/<fixture>.yaml) and the client class each
// one generates into test/constructs/generated/<fixture>/.
export const CONSTRUCT_FIXTURES = {
  "additional-properties": "AdditionalProperties",
  allof: "AllOf",
  anyof: "AnyOf",
  "binary-download": "BinaryDownload",
  const: "Const",
  "default-response": "DefaultResponse",
  deprecated: "Deprecated",
  discriminator: "Discriminator",
  "discriminator-inherited": "DiscriminatorInherited",
  "empty-204": "Empty204",
  enums: "Enums",
  "form-urlencoded": "FormUrlencoded",
  "idempotency-key": "IdempotencyKey",
  multipart: "Multipart",
  "multiple-success": "MultipleSuccess",
  "name-collisions": "NameCollisions",
  "no-operation-id": "NoOperationId",
  "object-enum": "ObjectEnum",
  "nullable-30": "Nullable30",
  "octet-stream-upload": "OctetStreamUpload",
  oneof: "OneOf",
  "out-of-components-refs": "OutOfComponentsRefs",
  pages: "Pages",
  "parameter-styles": "ParameterStyles",
  "property-names": "PropertyNames",
  "read-write-only": "ReadWriteOnly",
  recursive: "Recursive",
  "reserved-words": "ReservedWords",
  "security-all": "SecurityAll",
  "security-apikey-cookie": "SecurityApikeyCookie",
  "security-apikey-header": "SecurityApikeyHeader",
  "security-apikey-query": "SecurityApikeyQuery",
  "security-basic": "SecurityBasic",
  "security-bearer": "SecurityBearer",
  "security-oauth2": "SecurityOauth2",
  "shared-parameters": "SharedParameters",
  streams: "Streams",
  "text-plain": "TextPlain",
  "type-arrays-31": "TypeArrays31",
  untagged: "Untagged",
} as const satisfies Record<string, string>;

export type ConstructFixture = keyof typeof CONSTRUCT_FIXTURES;

export const FIXTURE_DIR = "test/fixtures/constructs";
export const GENERATED_DIR = "test/constructs/generated";
