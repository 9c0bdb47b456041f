package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.api.ProvisioningState;
import io.arorp.env.cloud.FederatedCredentials;
import io.arorp.env.cloud.FederatedCredentials.FederatedCredential;
import java.util.List;
import java.util.Map;

/**
 * The original's PlatformWorkloadIdentityContainsInvalidFederatedCredential check (dynamic validation): a platform
 * identity must trust nothing but this cluster's issuer, with audience {@code openshift}, for the service accounts
 * its role names. A credential for another issuer (an identity shared with another cluster or app) or another
 * subject would let something else act as the operator. A first create (no issuer yet) therefore accepts none; a
 * retried create and an update accept the RP's own ones.
 */
final class FederatedCredentialValidation {
    static final String CODE = "PlatformWorkloadIdentityContainsInvalidFederatedCredential";

    private FederatedCredentialValidation() {
    }

    static void validate(ClusterContext c) {
        String issuer = c.properties().getClusterProfile().getOidcIssuer();
        boolean creating = c.properties().getProvisioningState() == ProvisioningState.CREATING;
        Map<String, PlatformWorkloadIdentityRole> roles = PlatformIdentities.roles(c);
        FederatedCredentials credentials = FederatedCredentialSteps.asClusterIdentity(c);
        PlatformIdentities.declared(c).forEach((operator, pwi) -> {
            List<String> accounts = FederatedCredentialSteps.serviceAccounts(roles.get(operator));
            for (FederatedCredential credential : credentials.list(pwi.getResourceId())) {
                boolean ours = issuer != null && issuer.equals(credential.issuer())
                        && FederatedCredentialSteps.AUDIENCES.equals(credential.audiences())
                        && accounts.contains(credential.subject());
                if (!ours) {
                    throw invalid(operator, pwi, credential, creating);
                }
            }
        });
    }

    private static CloudException invalid(String operator, PlatformWorkloadIdentity pwi, FederatedCredential credential,
            boolean creating) {
        String advice = creating
                ? "Please ensure this identity is only used for this cluster and does not have any existing "
                        + "federated identity credentials."
                : "Please ensure only federated credentials provisioned by the ARO service for this cluster are "
                        + "present.";
        return new CloudException(400, CODE, PlatformIdentities.PROFILE_PATH + "." + operator + ".resourceId",
                "Unexpected federated credential '" + credential.name() + "' found on platform workload identity '"
                        + pwi.getResourceId() + "' used for role '" + operator + "'. " + advice);
    }
}
