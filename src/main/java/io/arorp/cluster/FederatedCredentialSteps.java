package io.arorp.cluster;

import io.arorp.api.CloudException;
import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.env.cloud.FederatedCredentials;
import io.arorp.env.cloud.FederatedCredentials.FederatedCredential;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * federateIdentityCredentials and deleteFederatedCredentials of workload-identity clusters: each platform identity
 * trusts the cluster's issuer for the service accounts its role names (audience {@code openshift}), one credential
 * per service account under the original's name; a credential already as wanted is left alone. Deleting removes the
 * credentials of those names and any other trusting this cluster's issuer. Both act as the cluster identity
 * (ensureClusterMsiCertificate keeps its credential).
 */
final class FederatedCredentialSteps {
    static final List<String> AUDIENCES = List.of("openshift");
    private static final int MAX_NAME = 120;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            FederatedCredentialSteps.class.getName());

    private FederatedCredentialSteps() {
    }

    static void federateIdentityCredentials(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        String issuer = c.properties().getClusterProfile().getOidcIssuer();
        if (issuer == null) {
            throw new CloudException(500, "InternalServerError", null, "the cluster has no OIDC issuer yet");
        }
        FederatedCredentials credentials = asClusterIdentity(c);
        Map<String, PlatformWorkloadIdentityRole> roles = PlatformIdentities.roles(c);
        PlatformIdentities.declared(c).forEach((operator, pwi) -> {
            Set<FederatedCredential> existing = new HashSet<>(credentials.list(pwi.getResourceId()));
            for (String account : serviceAccounts(roles.get(operator))) {
                FederatedCredential wanted = new FederatedCredential(name(c, pwi, account), issuer, account,
                        AUDIENCES);
                if (!existing.contains(wanted)) {
                    credentials.put(pwi.getResourceId(), wanted);
                }
            }
        });
        Map<String, String> federated = new TreeMap<>();
        PlatformIdentities.declared(c).forEach((operator, pwi) -> federated.put(operator, pwi.getResourceId()));
        if (!federated.equals(c.doc().getFederatedIdentities())) {
            c.patch(d -> d.setFederatedIdentities(federated));
        }
    }

    /**
     * The credentials the RP made for an operator on a platform identity the customer has since replaced (by a
     * PATCH of the profile) go before anything else: they would still let the operator's service account sign in as
     * the old identity. Runs before platformWorkloadIdentityIDs, so an identity moved to another operator holds only
     * its new operator's credentials when validated. Best effort on an identity the cluster identity may no longer
     * manage (or that is gone): it is the customer's, no longer the cluster's, and the update goes on.
     */
    static void removeReplacedFederatedCredentials(ClusterContext c) {
        Map<String, String> federated = c.doc().getFederatedIdentities();
        if (!PlatformIdentities.used(c) || federated == null) {
            return;
        }
        String issuer = c.properties().getClusterProfile().getOidcIssuer();
        Map<String, PlatformWorkloadIdentity> declared = PlatformIdentities.declared(c);
        Map<String, PlatformWorkloadIdentityRole> roles = PlatformIdentities.roles(c);
        FederatedCredentials credentials = asClusterIdentity(c);
        federated.forEach((operator, identityId) -> {
            PlatformWorkloadIdentity now = declared.get(operator);
            if (now != null && identityId.equalsIgnoreCase(now.getResourceId())) {
                return;
            }
            PlatformWorkloadIdentity old = new PlatformWorkloadIdentity();
            old.setResourceId(identityId);
            Set<String> ours = new HashSet<>();
            serviceAccounts(roles.get(operator)).forEach(a -> ours.add(name(c, old, a)));
            try {
                for (FederatedCredential credential : credentials.list(identityId)) {
                    if (ours.contains(credential.name()) && credential.issuer().equals(issuer)) {
                        c.safePoint();
                        credentials.delete(identityId, credential.name());
                    }
                }
            } catch (CloudException e) {
                if (e.status() != 403 && e.status() != 404) {
                    throw e;
                }
                LOG.warning(() -> c.doc().getKey() + ": the credentials of replaced identity " + identityId
                        + " are left in place: " + e.getMessage());
            }
        });
    }

    static void deleteFederatedCredentials(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        if (!clusterIdentityUsable(c)) {
            return;
        }
        String issuer = c.properties().getClusterProfile().getOidcIssuer();
        FederatedCredentials credentials = asClusterIdentity(c);
        Map<String, PlatformWorkloadIdentityRole> roles = PlatformIdentities.roles(c);
        PlatformIdentities.declared(c).forEach((operator, pwi) -> {
            Set<String> ours = new HashSet<>();
            serviceAccounts(roles.get(operator)).forEach(a -> ours.add(name(c, pwi, a)));
            for (FederatedCredential credential : credentials.list(pwi.getResourceId())) {
                if (ours.contains(credential.name()) || credential.issuer().equals(issuer)) {
                    c.safePoint();
                    credentials.delete(pwi.getResourceId(), credential.name());
                }
            }
        });
    }

    /**
     * The original's credential name: {@code <cluster>_<account>} and a base-36 SHA-224 of the cluster, account and
     * identity names, the readable part cut so the whole fits 120 characters.
     */
    static String name(ClusterContext c, PlatformWorkloadIdentity pwi, String serviceAccount) {
        String account = serviceAccount.substring(serviceAccount.lastIndexOf(':') + 1);
        String key = c.cluster().getName() + "_" + account;
        String identity = pwi.getResourceId().substring(pwi.getResourceId().lastIndexOf('/') + 1);
        String hash = new BigInteger(1, sha224(key + "-" + account + "-" + identity)).toString(36);
        int room = MAX_NAME - hash.length() - 1;
        return (key.length() > room ? key.substring(0, room) : key) + "_" + hash;
    }

    /**
     * Whether the RP can still act as the cluster identity when deleting: a create that failed before
     * ensureClusterMsiCertificate, or a cluster identity the customer deleted, leaves nothing to act as, and then the
     * credentials cannot be deleted by the RP; the cluster is deleted all the same, as the original does.
     */
    private static boolean clusterIdentityUsable(ClusterContext c) {
        try {
            ClusterMsiSteps.ensureClusterMsiCertificate(c);
            return true;
        } catch (CloudException e) {
            if (e.status() >= 500) {
                throw e;
            }
            LOG.warning(() -> c.doc().getKey() + ": federated credentials left in place, the cluster identity is "
                    + "unusable: " + e.getMessage());
            return false;
        }
    }

    /** As the original, the RP manages the credentials as the cluster identity, which the customer allowed to. */
    static FederatedCredentials asClusterIdentity(ClusterContext c) {
        return c.env().identity().msiCredentials().actingAs(ClusterMsiSteps.secretName(c));
    }

    static List<String> serviceAccounts(PlatformWorkloadIdentityRole role) {
        return role == null || role.getServiceAccounts() == null ? List.of() : role.getServiceAccounts();
    }

    private static byte[] sha224(String text) {
        try {
            return MessageDigest.getInstance("SHA-224").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
