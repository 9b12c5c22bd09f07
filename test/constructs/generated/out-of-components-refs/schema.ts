// Generated from test/fixtures/constructs/out-of-components-refs.yaml (sha256 29db97c6936cf817122ee62c0b5f0ea089ded4517cf78bf10a1bc4bd3ff2fced) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["searchAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAudit"];
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
        Account: {
            id: string;
            identifiers: components["schemas"]["identifiers"];
            tree?: components["schemas"]["node"];
        };
        Audited: components["schemas"]["Account"] & {
            auditedAt: string;
        };
        Audit: {
            stamp?: components["schemas"]["Audited_allOf_1"];
        };
        Profile: {
            owner?: {
                name?: string;
            };
        };
        Claimed: WithRequired<components["schemas"]["owner"], "name">;
        identifiers: {
            iban: string;
        };
        node: {
            value: string;
            children?: components["schemas"]["node"][];
        };
        Audited_allOf_1: {
            auditedAt: string;
        };
        owner: {
            name?: string;
        };
        accounts_get_responses_200_content_application_json_schema: {
            items: components["schemas"]["Account"][];
        };
    };
    responses: never;
    parameters: {
        accounts_get_parameters_0: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Account"][];
                    };
                };
            };
        };
    };
    searchAccounts: {
        parameters: {
            query?: {
                cursor?: components["parameters"]["accounts_get_parameters_0"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the same page as listAccounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["accounts_get_responses_200_content_application_json_schema"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an audit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
