package io.arorp.frontend.cache;

import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.database.PlatformWorkloadIdentityRoleSetDocument;
import io.arorp.database.PlatformWorkloadIdentityRoleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Platform workload identity role sets by OpenShift minor version ("4.14"), from their collection's change feed. */
@ApplicationScoped
public class RoleSetCache {
    private FeedCache<PlatformWorkloadIdentityRoleSetDocument, PlatformWorkloadIdentityRoleSet> cache;

    @Inject
    public RoleSetCache(PlatformWorkloadIdentityRoleSets roleSets) {
        this.cache = new FeedCache<>(() -> roleSets.changeFeed(null),
                PlatformWorkloadIdentityRoleSetDocument::getPlatformWorkloadIdentityRoleSet,
                r -> r.getProperties() == null ? null : r.getProperties().getOpenShiftVersion(),
                r -> !Boolean.TRUE.equals(r.getDeleting()));
    }

    protected RoleSetCache() {
    }

    public void refresh() {
        cache.refresh();
    }

    public boolean isPrimed() {
        return cache.isPrimed();
    }

    /** Every role set, newest minor version first. */
    public List<PlatformWorkloadIdentityRoleSet> all() {
        return cache.values().stream()
                .sorted(Comparator.comparing((PlatformWorkloadIdentityRoleSet r) -> r.getProperties()
                        .getOpenShiftVersion(), VersionOrder.SEMVER).reversed())
                .toList();
    }

    public Optional<PlatformWorkloadIdentityRoleSet> get(String minorVersion) {
        return cache.get(minorVersion);
    }
}
