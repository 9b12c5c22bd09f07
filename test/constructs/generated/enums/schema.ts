// Generated from test/fixtures/constructs/enums.yaml (sha256 5d82969d1e7faa16b5b6c21c524fb8cf2231e53f9c2e08fd83c9693c738d6848) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/shirts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listShirts"];
        put?: never;
        post: operations["createShirt"];
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
        /** @enum {string} */
        Color: "red" | "green" | "blue";
        /** @enum {integer} */
        Size: 1 | 2 | 3;
        /** @enum {string|null} */
        Trim: "gold" | "silver" | null;
        Shirt: {
            color: components["schemas"]["Color"];
            size: components["schemas"]["Size"];
            trim: components["schemas"]["Trim"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listShirts: {
        parameters: {
            query?: {
                color?: components["schemas"]["Color"];
                sizes?: components["schemas"]["Size"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description shirts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shirt"][];
                };
            };
        };
    };
    createShirt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Shirt"];
            };
        };
        responses: {
            /** @description the shirt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shirt"];
                };
            };
        };
    };
}
