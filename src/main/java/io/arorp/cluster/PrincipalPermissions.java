package io.arorp.cluster;

import io.arorp.api.CloudException;
import java.util.List;

/**
 * The original's permission checks on a customer resource, run for the cluster service principal (by the object id
 * its sign-in revealed) or the platform workload identities, and for the RP's own principal: each missing an action is refused with the code that names
 * whose grant is missing.
 */
final class PrincipalPermissions {
    private PrincipalPermissions() {
    }

    /**
     * @param what the resource as the message names it, e.g. {@code route table '<id>'}
     */
    static void require(ClusterContext c, String scope, List<String> actions, String what, String hint) {
        var authorization = c.env().cloud().authorization();
        var sp = c.properties().getServicePrincipalProfile();
        if (sp != null && sp.getSpObjectId() != null
                && !authorization.missingPermissions(sp.getSpObjectId(), scope, actions).isEmpty()) {
            throw new CloudException(400, "InvalidServicePrincipalPermissions", "", "The cluster service principal "
                    + "does not have Network Contributor role on " + what + "." + hint);
        }
        if (PlatformIdentities.used(c)) {
            WorkloadIdentityPermissions.require(c, scope, actions, what);
        }
        if (!authorization.missingPermissions(c.env().settings().rpPrincipalId(), scope, actions).isEmpty()) {
            throw new CloudException(400, "InvalidResourceProviderPermissions", "", "The resource provider service "
                    + "principal does not have Network Contributor role on " + what + "." + hint);
        }
    }
}
