// Generated from test/fixtures/constructs/discriminator.yaml (sha256 5b1a146aa71160006572f2897c8ab31ab2caa06fbb1f63340a8263a246aa6776) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/mapped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createMapped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unmapped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createUnmapped"];
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
        Cat: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            petType: "cat";
            meows: boolean;
        };
        Dog: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            petType: "dog";
            barks: boolean;
        };
        MappedPet: components["schemas"]["Cat"] | components["schemas"]["Dog"];
        Lizard: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "Lizard";
            scales: number;
        };
        Snake: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "Snake";
            length: number;
        };
        UnmappedPet: components["schemas"]["Lizard"] | components["schemas"]["Snake"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createMapped: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MappedPet"];
            };
        };
        responses: {
            /** @description the pet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MappedPet"];
                };
            };
        };
    };
    createUnmapped: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnmappedPet"];
            };
        };
        responses: {
            /** @description the pet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmappedPet"];
                };
            };
        };
    };
}
