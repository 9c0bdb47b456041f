package io.arorp.env.cloud;

import java.util.List;

/**
 * Role-based access control: what a principal may do on a scope, and the role assignments the RP makes for a
 * cluster. Azure propagates assignments slowly, hence callers retry {@code AuthorizationFailed}.
 */
public interface Authorization {
    /** The actions of {@code actions} the principal may NOT perform on {@code scope} (empty when all are allowed). */
    List<String> missingPermissions(String principalId, String scope, List<String> actions);

    void ensureRoleAssignment(String scope, String principalId, String roleDefinitionId);

    /** Removes every assignment of the principal on the scope; a no-op when there are none. */
    void deleteRoleAssignments(String scope, String principalId);

    /** A role assignment: its ARM id, the scope it is made at, who gets which role definition (full ARM id). */
    record RoleAssignment(String id, String scope, String principalId, String roleDefinitionId) {
    }

    /** The assignments made exactly at {@code scope} (not those inherited from above it). */
    List<RoleAssignment> roleAssignmentsAt(String scope);

    /** A no-op when the assignment does not exist. */
    void deleteRoleAssignment(String assignmentId);
}
