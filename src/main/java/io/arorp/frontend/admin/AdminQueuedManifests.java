package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.database.DocumentNotFoundException;
import io.arorp.database.DocumentPage;
import io.arorp.database.MaintenanceManifestDocument;
import io.arorp.database.MaintenanceManifests;
import io.arorp.frontend.action.ArmResult;
import io.arorp.frontend.action.SkipTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The MIMO queue across all clusters: what is pending and free to run, and stopping everything a schedule queued
 * (when a schedule turns out wrong, SREs cancel its pending manifests in one call instead of one per cluster).
 */
@ApplicationScoped
public class AdminQueuedManifests {
    private MaintenanceManifests manifests;
    private SkipTokens skipTokens;

    @Inject
    public AdminQueuedManifests(MaintenanceManifests manifests, SkipTokens skipTokens) {
        this.manifests = manifests;
        this.skipTokens = skipTokens;
    }

    protected AdminQueuedManifests() {
    }

    public ArmResult queued(String limit, String skipToken, URI referer) {
        String continuation = NextLinks.continuation(skipTokens, skipToken);
        DocumentPage<MaintenanceManifestDocument> page = manifests.queuedPage(continuation,
                ManifestViews.limit(limit));
        return ArmResult.of(200, ManifestViews.list(page.items(),
                NextLinks.of(skipTokens, referer, page.continuation()), true));
    }

    /** Cancels every pending manifest the schedule created; answers the ones it cancelled. */
    public ArmResult cancelBySchedule(String scheduleId) {
        if (scheduleId == null || scheduleId.isBlank()) {
            throw new CloudException(400, "InvalidParameter", "scheduleID", "Must be provided");
        }
        List<MaintenanceManifestDocument> cancelled = new ArrayList<>();
        for (MaintenanceManifestDocument pending : manifests.pendingFromSchedule(scheduleId)) {
            boolean[] changed = {false};
            try {
                MaintenanceManifestDocument saved = manifests.patch(pending.getClusterResourceId(), pending.getId(),
                        d -> {
                            changed[0] = "Pending".equals(d.getMaintenanceManifest().path("state").asText());
                            if (changed[0]) {
                                d.getMaintenanceManifest().put("state", "Cancelled");
                            }
                        });
                if (changed[0]) {
                    cancelled.add(saved);
                }
            } catch (DocumentNotFoundException e) {
                // deleted meanwhile: nothing left to cancel
            }
        }
        return ArmResult.of(200, ManifestViews.list(cancelled, null, true));
    }
}
