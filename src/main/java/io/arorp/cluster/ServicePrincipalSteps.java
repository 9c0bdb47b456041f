package io.arorp.cluster;

import io.arorp.api.ServicePrincipalProfile;
import java.util.Objects;

/**
 * clusterSPObjectID: the cluster service principal's object id, resolved by signing in as it in the customer's
 * tenant and stored on the document, because role assignments and permission checks name principals by object id,
 * not by the client id the customer gives. Resolved on every install and update: the client id and secret are
 * mutable, and a changed secret must be proven before it is used.
 */
final class ServicePrincipalSteps {
    /** Built-in Contributor role: the cluster's own components manage the resources of its resource group. */
    static final String CONTRIBUTOR_ROLE =
            "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c";

    private ServicePrincipalSteps() {
    }

    static void clusterSpObjectId(ClusterContext c) {
        ServicePrincipalProfile sp = c.properties().getServicePrincipalProfile();
        if (sp == null || sp.getClientId() == null || sp.getClientId().isEmpty()) {
            return;
        }
        String secret = sp.getClientSecret() == null ? "" : sp.getClientSecret().reveal();
        String objectId = c.env().cloud().servicePrincipals().objectId(tenantOf(c), sp.getClientId(), secret);
        if (!Objects.equals(objectId, sp.getSpObjectId())) {
            c.patch(d -> d.getOpenShiftCluster().getProperties().getServicePrincipalProfile().setSpObjectId(objectId));
        }
    }

    /**
     * The cluster service principal's Contributor assignment on the cluster resource group, part of the original's
     * base resource template: the cluster's machine API and cloud provider act as that principal. Named by the object
     * id {@link #clusterSpObjectId} stored; workload-identity clusters have no service principal.
     */
    static void ensureContributor(ClusterContext c) {
        ServicePrincipalProfile sp = c.properties().getServicePrincipalProfile();
        if (sp != null && sp.getSpObjectId() != null && c.names().resourceGroupId() != null) {
            c.env().cloud().authorization().ensureRoleAssignment(c.names().resourceGroupId(), sp.getSpObjectId(),
                    CONTRIBUTOR_ROLE);
        }
    }

    /** The tenant ARM registered the subscription with; null when it gave none (dev and test registrations). */
    private static String tenantOf(ClusterContext c) {
        var subscription = c.subscription() == null ? null : c.subscription().getSubscription();
        return subscription == null || subscription.getProperties() == null ? null
                : subscription.getProperties().getTenantId();
    }
}
