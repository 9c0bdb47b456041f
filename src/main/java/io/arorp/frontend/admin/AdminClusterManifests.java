package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.api.ProvisioningState;
import io.arorp.api.admin.MimoTypes.MaintenanceManifest;
import io.arorp.api.admin.MimoValidator;
import io.arorp.database.DocumentNotFoundException;
import io.arorp.database.DocumentPage;
import io.arorp.database.Keys;
import io.arorp.database.MaintenanceManifestDocument;
import io.arorp.database.MaintenanceManifests;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.env.Ids;
import io.arorp.frontend.action.ArmResult;
import io.arorp.frontend.action.SkipTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * MIMO maintenance manifests of one cluster, for SREs: list, read, queue a task (runs within a week unless told
 * otherwise), cancel one still pending, or delete one as a last resort. Only the MIMO actuator moves a manifest past
 * Pending, so a cancel can only stop work that has not started.
 */
@ApplicationScoped
public class AdminClusterManifests {
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private OpenShiftClusters clusters;
    private MaintenanceManifests manifests;
    private SkipTokens skipTokens;
    private Ids ids;
    private Clock clock;

    @Inject
    public AdminClusterManifests(OpenShiftClusters clusters, MaintenanceManifests manifests, SkipTokens skipTokens,
            Ids ids, Clock clock) {
        this.clusters = clusters;
        this.manifests = manifests;
        this.skipTokens = skipTokens;
        this.ids = ids;
        this.clock = clock;
    }

    protected AdminClusterManifests() {
    }

    public ArmResult list(String resourceId, String limit, String skipToken, URI referer) {
        requireCluster(resourceId);
        String continuation = NextLinks.continuation(skipTokens, skipToken);
        DocumentPage<MaintenanceManifestDocument> page = manifests.listForCluster(resourceId, continuation,
                ManifestViews.limit(limit));
        return ArmResult.of(200, ManifestViews.list(page.items(),
                NextLinks.of(skipTokens, referer, page.continuation()), false));
    }

    public ArmResult get(String resourceId, String manifestId) {
        requireCluster(resourceId);
        MaintenanceManifestDocument doc = manifests.get(resourceId, manifestId)
                .orElseThrow(() -> ManifestViews.manifestNotFound(manifestId));
        return ArmResult.of(200, ManifestViews.external(doc, false));
    }

    public ArmResult create(String resourceId, byte[] body) {
        requireCluster(resourceId);
        MaintenanceManifest ext = AdminBodies.read(body, MaintenanceManifest.class);
        long now = clock.instant().getEpochSecond();
        MaintenanceManifest wanted = new MaintenanceManifest(null, null, "Pending", ext.statusText(),
                ext.maintenanceTaskID(), ext.createdBySchedule(), ext.priority(),
                ext.runAfter() == null || ext.runAfter() == 0 ? now : ext.runAfter(),
                ext.runBefore() == null || ext.runBefore() == 0 ? now + DEFAULT_WINDOW.toSeconds() : ext.runBefore());
        MimoValidator.manifest(wanted);
        MaintenanceManifestDocument doc = new MaintenanceManifestDocument();
        doc.setId(ids.newId());
        doc.setClusterResourceId(Keys.lower(resourceId));
        doc.setMaintenanceManifest(ManifestViews.internal(wanted));
        return ArmResult.of(201, ManifestViews.external(manifests.create(doc), false));
    }

    public ArmResult cancel(String resourceId, String manifestId) {
        requireCluster(resourceId);
        try {
            MaintenanceManifestDocument saved = manifests.patch(resourceId, manifestId, d -> {
                String state = d.getMaintenanceManifest().path("state").asText("");
                if (!"Pending".equals(state)) {
                    throw new CloudException(406, "PropertyChangeNotAllowed", null,
                            "cannot cancel task in state " + state);
                }
                d.getMaintenanceManifest().put("state", "Cancelled");
            });
            return ArmResult.of(200, ManifestViews.external(saved, false));
        } catch (DocumentNotFoundException e) {
            throw ManifestViews.manifestNotFound(manifestId);
        }
    }

    /** Deliberately no cluster check: a manifest may outlive its cluster (a delete racing a queued task). */
    public ArmResult delete(String resourceId, String manifestId) {
        try {
            manifests.delete(resourceId, manifestId);
        } catch (DocumentNotFoundException e) {
            throw ManifestViews.manifestNotFound(manifestId);
        }
        return ArmResult.of(200, Map.of());
    }

    private void requireCluster(String resourceId) {
        OpenShiftClusterDocument doc = clusters.get(Keys.lower(resourceId)).orElseThrow(
                () -> new CloudException(404, "NotFound", null, "cluster not found: " + resourceId));
        if (doc.getOpenShiftCluster().getProperties().getProvisioningState() == ProvisioningState.DELETING) {
            throw new CloudException(404, "NotFound", null, "cluster being deleted");
        }
    }
}
