// Generated from test/fixtures/constructs/repeated-path-parameter.yaml (sha256 f0b5803e3fed7f37a1ca4bc8a42b3ae11dcebad7c5e010afd4d5912600f5ceeb) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/groups/System.{location}/locations/{location}/results/{result}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export type components = Record<string, never>;
export type $defs = Record<string, never>;
export interface operations {
    getResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                location: string;
                result: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
}
