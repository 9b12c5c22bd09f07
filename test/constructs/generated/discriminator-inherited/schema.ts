// Generated from test/fixtures/constructs/discriminator-inherited.yaml (sha256 94e044a7d589959bd99f7251e5274a9a36c10db4b80fd6b1f1996b567e94bd70) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resolveDestination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/booleans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBoolean"];
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
        Result: {
            class: string;
            notRequired?: Record<string, unknown>;
        };
        BooleanResult: {
            value?: boolean;
        } & (Omit<components["schemas"]["Result"], "class"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            class: "BooleanResult";
        });
        DestinationResult: {
            /** @enum {string} */
            class: "DestinationResult";
            destination?: string;
        } & Omit<WithRequired<components["schemas"]["Result"], "class">, "class">;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    resolveDestination: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DestinationResult"];
            };
        };
        responses: {
            /** @description the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestinationResult"];
                };
            };
        };
    };
    getBoolean: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
                    "application/json": components["schemas"]["BooleanResult"];
                };
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
