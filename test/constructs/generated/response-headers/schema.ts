// Generated from test/fixtures/constructs/response-headers.yaml (sha256 0bf82aee61b9c7e586844332f3eb5c1ece04cd17adb4fdff3e1ebfac68bd9dab) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPlain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["streamEvents"];
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
        /** @enum {string} */
        Tier: "free" | "pro";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description When the window resets, in epoch seconds. */
        RateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every kind of header. */
            200: {
                headers: {
                    /** @description Requests left in the window. */
                    "X-RateLimit-Remaining": number;
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Cost"?: number;
                    "X-Cached"?: boolean;
                    "X-Request-Id"?: string;
                    "X-Region"?: "eu-west" | "us-east";
                    "X-Tier"?: components["schemas"]["Tier"];
                    "X-Tags"?: string[];
                    "X-Shards"?: number[];
                    "X-Modes"?: ("read" | "write")[];
                    "X-Retry-Count"?: number | null;
                    /** @description Not a primitive: kept as the raw text. */
                    "X-Debug"?: Record<string, unknown>;
                    /** @description Ignored, as OpenAPI says. */
                    "Content-Type"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Too many requests; an error, whose headers are APIError.headers. */
            429: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created at once. */
            201: {
                headers: {
                    Location: string;
                    "X-Job-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted; poll later. */
            202: {
                headers: {
                    "X-Job-Id": number;
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Any status; the only response. */
            default: {
                headers: {
                    "X-Uptime"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    getPlain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No headers declared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok?: boolean;
                    };
                };
            };
        };
    };
    listItems: {
        parameters: {
            query?: {
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page; the next one in the Link header. */
            200: {
                headers: {
                    Link?: string;
                    "X-Total-Count": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    }[];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events. */
            200: {
                headers: {
                    "X-Stream-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        n: number;
                    };
                };
            };
        };
    };
}
