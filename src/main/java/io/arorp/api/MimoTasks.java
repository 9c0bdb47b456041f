package io.arorp.api;

import java.util.Map;

/**
 * The MIMO maintenance tasks the RP knows, by their fixed ids (the same ids as the original RP, so manifests and
 * schedules written by either name the same task). A manifest or schedule naming any other id could never run.
 */
public final class MimoTasks {
    /** Task id to a short name for logs and errors. */
    public static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("9b741734-6505-447f-8510-85eb0ae561a2", "TLSCertRotation"),
            Map.entry("75ab83d0-9a56-4ae3-843d-0db43679b082", "OperatorVersionReset"),
            Map.entry("b41749fc-af26-4ab7-b5a1-e03f3ee4cba6", "OperatorFlagsUpdate"),
            Map.entry("082978ce-3700-4972-835f-53d48658d291", "ACRTokenChecker"),
            Map.entry("7c3f8e2d-9a4b-4f1e-8c5d-2b6a9e7f3d1c", "MSICertRenewal"),
            Map.entry("c28a07c1-462f-42d2-8031-4b0222256596", "MigrateLBZones"),
            Map.entry("888fc221-b059-49db-bd02-22ad86cccd6b", "FixSSH"),
            Map.entry("eb0360af-4748-42a3-9788-dfffae58dff6", "OperatorFlagSetGenevaOtel"),
            Map.entry("fbfa4ce6-117a-4c2e-8317-0834e51d6f6f", "OperatorFlagSetGenevaOtelProfileMaxLogs"),
            Map.entry("62e61118-78ff-4d11-abaa-e171ae1edd39", "OperatorFlagSetGenevaOtelProfileReducedLogs"),
            Map.entry("59444b6f-c5e1-4d12-84b2-81d8ed5af9c9", "OperatorFlagSetGenevaOtelProfileMinimalLogs"));

    private MimoTasks() {
    }

    public static boolean isKnown(String taskId) {
        return taskId != null && KNOWN.containsKey(taskId);
    }
}
