package io.arorp.frontend.action;

import io.arorp.api.version.ApiVersion;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** GET of one cluster in the caller's api-version; never with secrets. */
@ApplicationScoped
public class GetCluster {
    private OpenShiftClusters clusters;

    @Inject
    public GetCluster(OpenShiftClusters clusters) {
        this.clusters = clusters;
    }

    protected GetCluster() {
    }

    public ArmResult run(String resourceId, ApiVersion version) {
        return clusters.get(Keys.lower(resourceId))
                .map(doc -> ArmResult.of(200, version.clusters().toExternal(doc.getOpenShiftCluster())))
                .orElseThrow(() -> ClusterNotFound.of(resourceId));
    }
}
