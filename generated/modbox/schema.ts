// Generated from specs/modbox.yaml (sha256 4fc0a3f3e20c620cca9e73bedd87e27772e8dfbac33c2682523ff9b5ac20ebc3) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/workspaces/{workspace_id}/members/{target_user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Member Role
         * @description Change a member's role. Requires owner or admin role.
         */
        put: operations["update-workspace-member-role"];
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
        /**
         * WorkspaceRole
         * @description RBAC roles within a workspace.
         * @enum {string}
         */
        WorkspaceRole: "owner" | "admin" | "member" | "viewer";
        /**
         * UpdateMemberRoleRequest
         * @description Request to change a member's role.
         */
        UpdateMemberRoleRequest: {
            /** @description New RBAC role */
            role: components["schemas"]["WorkspaceRole"];
        };
        /**
         * WorkspaceMemberResponse
         * @description Workspace member representation.
         */
        WorkspaceMemberResponse: {
            added_by: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["WorkspaceRole"];
            user_id: string;
            /** Format: uuid */
            workspace_id: string;
        };
        /** ValidationErrorLocItems */
        ValidationErrorLocItems: string | number;
        /** ValidationError */
        ValidationError: {
            loc: components["schemas"]["ValidationErrorLocItems"][];
            msg: string;
            type: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            detail?: components["schemas"]["ValidationError"][];
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
    "update-workspace-member-role": {
        parameters: {
            query?: never;
            header: {
                /** @description Bearer authentication */
                Authorization: string;
            };
            path: {
                workspace_id: string;
                target_user_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRoleRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceMemberResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
