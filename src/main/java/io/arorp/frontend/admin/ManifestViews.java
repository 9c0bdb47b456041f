package io.arorp.frontend.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.api.admin.MimoTypes.MaintenanceManifest;
import io.arorp.api.admin.MimoTypes.MaintenanceManifestList;
import io.arorp.database.MaintenanceManifestDocument;
import java.util.List;

/**
 * Converts stored manifests to the admin JSON and back. Listed under a cluster a manifest leaves its cluster id out
 * (the caller named it); in the cross-cluster queue view it carries it.
 */
final class ManifestViews {
    private ManifestViews() {
    }

    static MaintenanceManifest external(MaintenanceManifestDocument d, boolean withCluster) {
        MaintenanceManifest m = AdminBodies.convert(d.getMaintenanceManifest(), MaintenanceManifest.class);
        return new MaintenanceManifest(d.getId(), withCluster ? d.getClusterResourceId() : null, m.state(),
                m.statusText(), m.maintenanceTaskID(), m.createdBySchedule(), m.priority(), m.runAfter(),
                m.runBefore());
    }

    static MaintenanceManifestList list(List<MaintenanceManifestDocument> docs, String nextLink,
            boolean withCluster) {
        return new MaintenanceManifestList(docs.stream().map(d -> external(d, withCluster)).toList(), nextLink);
    }

    /** The stored {@code maintenanceManifest} object: everything but the id and the cluster, which the document holds. */
    static ObjectNode internal(MaintenanceManifest m) {
        return AdminBodies.tree(new MaintenanceManifest(null, null, m.state(), m.statusText(), m.maintenanceTaskID(),
                m.createdBySchedule(), m.priority(), m.runAfter(), m.runBefore()));
    }

    /** The original's {@code ?limit=}: a number, else 100. */
    static int limit(String limit) {
        try {
            int n = Integer.parseInt(limit);
            return n > 0 ? n : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    static CloudException manifestNotFound(String manifestId) {
        return new CloudException(404, "NotFound", null, "manifest not found: " + manifestId);
    }
}
