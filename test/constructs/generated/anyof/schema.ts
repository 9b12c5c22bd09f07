// Generated from test/fixtures/constructs/anyof.yaml (sha256 10b11ced04d88c239a1ac6cddf8fc7838cd69d4b81c94bbe382588d4af7fc46d) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ByName: {
            name: string;
        };
        ByAge: {
            age: number;
        };
        Criteria: components["schemas"]["ByName"] | components["schemas"]["ByAge"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Criteria"];
            };
        };
        responses: {
            /** @description names or ids */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (string | number)[];
                };
            };
        };
    };
}
