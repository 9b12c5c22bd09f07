// Generated from test/fixtures/constructs/shared-parameters.yaml (sha256 0764248def54aa337eb4953e6711a1dde3a70893049e056759d52f5aee06eaa4) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/orgs/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: {
                "X-Trace-Id"?: components["parameters"]["TraceId"];
            };
            path: {
                orgId: components["parameters"]["OrgId"];
                memberId: number;
            };
            cookie?: never;
        };
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Member: {
            id: number;
        };
    };
    responses: never;
    parameters: {
        OrgId: string;
        Limit: number;
        TraceId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMembers: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
                cursor?: string;
            };
            header?: never;
            path: {
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"][];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                "X-Trace-Id"?: components["parameters"]["TraceId"];
            };
            path: {
                orgId: components["parameters"]["OrgId"];
                memberId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header: {
                "X-Trace-Id": string;
            };
            path: {
                orgId: components["parameters"]["OrgId"];
                memberId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
