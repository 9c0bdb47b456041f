package io.arorp.cluster;

import io.arorp.database.PlatformWorkloadIdentityRoleSets;
import io.arorp.env.cloud.ClusterMsiCredentials;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.env.cloud.OidcIssuers;
import io.arorp.env.cloud.RoleDefinitions;

/**
 * What the steps of workload-identity clusters use besides the other Azure seams: the customer's managed identities,
 * the RP's OIDC issuer storage and MSI vault (whose cluster identity credentials also manage the platform identities'
 * federated credentials), role definitions, and the role sets
 * saying which operator needs which identity in each OpenShift minor version.
 */
public record IdentityServices(ManagedIdentities identities, OidcIssuers oidc, RoleDefinitions roleDefinitions, ClusterMsiCredentials msiCredentials,
        PlatformWorkloadIdentityRoleSets roleSets) {
}
