package io.arorp.frontend.action;

import io.arorp.api.version.ApiVersion;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusters;
import io.arorp.frontend.enrich.WorkerProfilesEnricher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** GET of one cluster in the caller's api-version, with the live worker status; never with secrets. */
@ApplicationScoped
public class GetCluster {
    private OpenShiftClusters clusters;
    private WorkerProfilesEnricher enricher;

    @Inject
    public GetCluster(OpenShiftClusters clusters, WorkerProfilesEnricher enricher) {
        this.clusters = clusters;
        this.enricher = enricher;
    }

    protected GetCluster() {
    }

    public ArmResult run(String resourceId, ApiVersion version) {
        return clusters.get(Keys.lower(resourceId))
                .map(doc -> ArmResult.of(200, version.clusters().toExternal(enricher.enrich(doc.getOpenShiftCluster()))))
                .orElseThrow(() -> ClusterNotFound.of(resourceId));
    }
}
