package io.arorp.cluster;

import io.arorp.api.CloudException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * What a customer reads when a condition step times out. The original turns the timeouts of the conditions a customer
 * can act on (retry, or open a ticket) into a DeploymentFailed CloudError with a fixed message per condition, instead
 * of the generic "Internal server error."; any other condition's timeout stays internal.
 */
final class ConditionTimeouts {
    private static final String ADVICE = " Please retry, and if the issue persists, raise an Azure support ticket";
    private static final Map<String, String> MESSAGES = Map.of(
            "attachNSGs", "Failed to attach the ARO NSG to the cluster subnets.",
            "apiServersReady", "Kube API has not initialised successfully and is unavailable.",
            "minimumWorkerNodesReady", "Minimum number of worker nodes have not been successfully created.",
            "operatorConsoleExists", "Console Cluster Operator has failed to initialize successfully.",
            "operatorConsoleReady", "Console Cluster Operator has not started successfully.",
            "clusterVersionReady", "Cluster Verion is not reporting status as ready.", // sic, as the original
            "ingressControllerReady", "Ingress Cluster Operator has not started successfully.",
            "aroDeploymentReady", "ARO Cluster Operator has failed to initialize successfully.",
            "ensureAROOperatorRunningDesiredVersion", "ARO Cluster Operator is not running desired version.");

    private ConditionTimeouts() {
    }

    /** The error to fail the operation with when condition {@code name} did not hold in time. */
    static Exception timedOut(String name) {
        String message = MESSAGES.get(name);
        if (message == null) {
            return new TimeoutException("timed out waiting for the condition " + name);
        }
        return new CloudException(500, "DeploymentFailed", "", message + ADVICE);
    }
}
