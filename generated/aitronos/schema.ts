// Generated from specs/aitronos.yaml (sha256 ddd5bdd934c9ca61a53aa92e845684b7a425cf9bb27ddf74d9c5cc1812da67ea) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
export interface paths {
    "/v1/organizations/{organization_id}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Member Role
         * @description Update an organization member's role.
         *
         *     Requires authentication. User must be Admin or Owner.
         */
        put: operations["update_member"];
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
        UpdateMemberRoleRequest: {
            /** @description Role ID to assign to the member. */
            role_id?: string;
            /** @description Status ID to assign to the member. */
            status_id?: string;
        };
        /** @description The updated member role information. */
        UpdateMemberRoleResponse: {
            /** @description Success status. */
            success: boolean;
            /** @description Message. */
            message: string;
            /** @description Member ID. */
            id: string;
            /** @description User ID. */
            user_id: string;
            /** @description Role ID. */
            role_id: string;
            /** @description Role name. */
            role_name: string;
        };
        /** @description The error envelope, as in the documented 403 Forbidden example. */
        ErrorResponse: {
            /** @constant */
            success: false;
            error: {
                code: string;
                message: string;
                system_message: string;
                type: string;
                status: number;
                details: Record<string, unknown>;
                trace_id: string;
                /** Format: date-time */
                timestamp: string;
            };
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
    update_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID with `org_` prefix.
                 * @example org_123
                 */
                organization_id: string;
                /**
                 * @description User ID with `usr_` prefix.
                 * @example usr_abc123def456
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "role_id": "role_member_001"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMemberRoleRequest"];
            };
        };
        responses: {
            /** @description Returns the updated member role information including success status, message, member ID, user ID, role ID, and role name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Member role updated successfully",
                     *       "id": "orgusr_abc123def456",
                     *       "user_id": "usr_xyz789",
                     *       "role_id": "role_member_001",
                     *       "role_name": "Member"
                     *     }
                     */
                    "application/json": components["schemas"]["UpdateMemberRoleResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": {
                     *         "code": "INSUFFICIENT_PERMISSIONS",
                     *         "message": "You don't have permission to access this resource",
                     *         "system_message": "You don't have permission to access this resource",
                     *         "type": "authorization_error",
                     *         "status": 403,
                     *         "details": {},
                     *         "trace_id": "req_abc123xyz",
                     *         "timestamp": "2025-12-22T15:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
