package io.arorp.cluster;

import io.arorp.database.PlatformWorkloadIdentityRoleSets;
import io.arorp.env.cloud.ClusterMsiCredentials;
import io.arorp.env.cloud.FederatedCredentials;
import io.arorp.env.cloud.ManagedIdentities;
import io.arorp.env.cloud.OidcIssuers;
import io.arorp.env.cloud.RoleDefinitions;

/**
 * What the steps of workload-identity clusters use besides the other Azure seams: the customer's managed identities
 * and their federated credentials, the RP's OIDC issuer storage and MSI vault, role definitions, and the role sets
 * saying which operator needs which identity in each OpenShift minor version.
 */
public record IdentityServices(ManagedIdentities identities, FederatedCredentials federatedCredentials,
        OidcIssuers oidc, RoleDefinitions roleDefinitions, ClusterMsiCredentials msiCredentials,
        PlatformWorkloadIdentityRoleSets roleSets) {
}
