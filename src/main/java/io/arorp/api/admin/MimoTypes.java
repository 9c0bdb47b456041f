package io.arorp.api.admin;

import java.util.List;

/**
 * The admin API's JSON for MIMO (maintenance manifests and schedules) and billing records, with the original RP's
 * field names. Absent fields are left out, as the original's {@code omitempty} does.
 */
public final class MimoTypes {
    private MimoTypes() {
    }

    /** One run of a maintenance task on one cluster; times are unix seconds. */
    public record MaintenanceManifest(String id, String clusterResourceID, String state, String statusText,
            String maintenanceTaskID, String createdBySchedule, Integer priority, Long runAfter, Long runBefore) {
    }

    /** A page of manifests. */
    public record MaintenanceManifestList(List<MaintenanceManifest> value, String nextLink) {
    }

    /** A recurring plan that creates manifests for the clusters its selectors match. */
    public record MaintenanceSchedule(String id, String state, String maintenanceTaskID, String schedule,
            Integer lookForwardCount, String scheduleAcross, List<MaintenanceScheduleSelector> selectors) {
    }

    /** Matches clusters by a key: {@code eq} one value, {@code in}/{@code notin} a list. */
    public record MaintenanceScheduleSelector(String key, String operator, String value, List<String> values) {
    }

    /** A page of schedules. */
    public record MaintenanceScheduleList(List<MaintenanceSchedule> value, String nextLink) {
    }

    /** A cluster's billing record. */
    public record BillingDocument(String id, String key, String clusterResourceGroupIDKey, String infraId,
            Billing billing) {
    }

    /** Billing times (unix seconds) and where the cluster was billed. */
    public record Billing(Long creationTime, Long deletionTime, Long lastBillingTime, String location,
            String tenantID) {
    }

    /** A page of billing records. */
    public record BillingDocumentList(List<BillingDocument> value, String nextLink) {
    }
}
