package io.arorp.frontend.admin;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.version.ApiVersion;
import io.arorp.api.version.ApiVersions;
import io.arorp.database.DocumentPage;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Every cluster of this region in the admin view (internal fields included, secrets never), for SRE tooling. */
@ApplicationScoped
public class AdminListClusters {
    private static final int PAGE = 100;
    private OpenShiftClusters clusters;
    private ApiVersions versions;

    @Inject
    public AdminListClusters(OpenShiftClusters clusters, ApiVersions versions) {
        this.clusters = clusters;
        this.versions = versions;
    }

    protected AdminListClusters() {
    }

    public ArmResult run() {
        ApiVersion admin = versions.get("admin", "Microsoft.RedHatOpenShift", "openShiftClusters");
        List<OpenShiftCluster> all = new ArrayList<>();
        String continuation = null;
        do {
            DocumentPage<OpenShiftClusterDocument> page = clusters.list(continuation, PAGE);
            page.items().forEach(doc -> all.add(doc.getOpenShiftCluster()));
            continuation = page.continuation();
        } while (continuation != null);
        return ArmResult.of(200, admin.clusters().toExternalList(all, null));
    }
}
