// Generated from test/fixtures/constructs/recursive.yaml (sha256 dc15b474b69ac5f60bda1662f220c4490159726fc5875b89f7ba3d1171b07029) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/settings/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["putSetting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createTree"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCompany"];
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
export interface components {
    schemas: {
        TreeNode: {
            value: string;
            children?: components["schemas"]["TreeNode"][];
            parent?: components["schemas"]["TreeNode"];
        };
        Person: {
            name: string;
            employer?: components["schemas"]["Company"];
        };
        Company: {
            name: string;
            employees?: components["schemas"]["Person"][];
        };
        /** @description Any JSON value. */
        JsonValue: Recursive_JsonValue;
        Expression: Recursive_Expression;
        Terms: Recursive_Terms;
        Setting: {
            key: string;
            value: components["schemas"]["JsonValue"];
            formula?: components["schemas"]["Expression"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Recursive_JsonValue = string | number | boolean | Record<string, unknown> | Recursive_JsonValue[] | null;
export type Recursive_Expression = string | Recursive_Terms[];
export type Recursive_Terms = number | Recursive_Expression[];
export type $defs = Record<string, never>;
export interface operations {
    putSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Setting"];
            };
        };
        responses: {
            /** @description the setting as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Setting"];
                };
            };
        };
    };
    createTree: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TreeNode"];
            };
        };
        responses: {
            /** @description the tree */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreeNode"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the company */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
        };
    };
}
