// Generated from test/fixtures/constructs/parameter-styles.yaml (sha256 f7fb84ab11485a9db85f2968e65836e9c736c5063597975e2eab74f910058e39) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["queryStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/headers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["headerStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cookies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["cookieStyles"];
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
    queryStyles: {
        parameters: {
            query?: {
                ids?: number[];
                tags?: string[];
                filter?: {
                    color?: string;
                    size?: string;
                };
                point?: {
                    x?: number;
                    y?: number;
                };
                words?: string[];
                pipes?: string[];
                deep?: {
                    role?: string;
                    level?: number;
                };
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ok */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    headerStyles: {
        parameters: {
            query?: never;
            header: {
                "X-Ids"?: number[];
                "X-Point"?: {
                    x?: number;
                    y?: number;
                };
                "X-Point-Exploded"?: {
                    x?: number;
                    y?: number;
                };
                "X-Flag": boolean;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ok */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    cookieStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie: {
                session: string;
                prefs?: string[];
            };
        };
        requestBody?: never;
        responses: {
            /** @description ok */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
