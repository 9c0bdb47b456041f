package io.arorp.frontend.check;

import io.arorp.api.OpenShiftCluster;
import io.arorp.frontend.cache.RoleSetCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@link PlatformWorkloadIdentityRules} against the role sets the frontend caches from their change feed. */
@ApplicationScoped
public class PlatformWorkloadIdentityCheck {
    private RoleSetCache roleSets;

    @Inject
    public PlatformWorkloadIdentityCheck(RoleSetCache roleSets) {
        this.roleSets = roleSets;
    }

    protected PlatformWorkloadIdentityCheck() {
    }

    public void check(OpenShiftCluster oc) {
        PlatformWorkloadIdentityRules.check(oc, roleSets::get);
    }
}
