package io.arorp.frontend.admin;

import com.google.gson.JsonObject;
import io.arorp.api.CloudException;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Kubernetes side of resizing one master: its health before the next one is touched, waiting for it to come
 * back Ready, and recording the new size on its Machine (provider spec and instance-type label) and Node (both
 * instance-type labels), so the inventory checks agree with Azure afterwards.
 */
final class ControlPlaneNodes {
    static final Duration READY_TIMEOUT = Duration.ofMinutes(30);
    private static final String MACHINES = "openshift-machine-api";

    private ControlPlaneNodes() {
    }

    /** Every master Ready and schedulable, as the original demands before each master it resizes. */
    static void requireReadyAndSchedulable(ApiClient client, List<String> names) {
        for (String name : names) {
            V1Node node = node(client, name);
            if (!ready(node)) {
                throw new CloudException(409, "RequestNotAllowed", null, "Control plane node " + name
                        + " is not Ready. Resolve node health before resizing another master.");
            }
            if (node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
                throw new CloudException(409, "RequestNotAllowed", null, "Control plane node " + name
                        + " is unschedulable. Uncordon and verify the node before resizing another master.");
            }
        }
    }

    static void awaitReady(ApiClient client, String name, Clock clock) throws InterruptedException {
        Instant deadline = clock.instant().plus(READY_TIMEOUT);
        while (!ready(node(client, name))) {
            if (clock.instant().isAfter(deadline)) {
                throw new CloudException(500, "InternalServerError", null, "node " + name + " did not become Ready "
                        + "within " + READY_TIMEOUT.toMinutes() + " minutes");
            }
            Thread.sleep(5_000);
        }
    }

    /** Writes {@code vmSize} into the Machine's provider spec and label and the Node's instance-type labels. */
    static void recordSize(ApiClient client, String name, String vmSize) {
        var machines = new DynamicKubernetesApi("machine.openshift.io", "v1beta1", "machines", client);
        var machine = machines.get(MACHINES, name);
        if (!machine.isSuccess()) {
            throw new CloudException(500, "InternalServerError", null, "could not update Machine object " + name);
        }
        JsonObject raw = machine.getObject().getRaw();
        raw.getAsJsonObject("spec").getAsJsonObject("providerSpec").getAsJsonObject("value")
                .addProperty("vmSize", vmSize);
        raw.getAsJsonObject("metadata").getAsJsonObject("labels").addProperty("machine.openshift.io/instance-type",
                vmSize);
        raw.remove("status");
        if (!machines.update(machine.getObject()).isSuccess()) {
            throw new CloudException(500, "InternalServerError", null, "could not update Machine object " + name);
        }
        try {
            CoreV1Api core = new CoreV1Api(client);
            V1Node node = core.readNode(name).execute();
            node.getMetadata().getLabels().put("node.kubernetes.io/instance-type", vmSize);
            node.getMetadata().getLabels().put("beta.kubernetes.io/instance-type", vmSize);
            core.replaceNode(name, node).execute();
        } catch (ApiException e) {
            throw KubeErrors.of(e);
        }
    }

    private static V1Node node(ApiClient client, String name) {
        try {
            return new CoreV1Api(client).readNode(name).execute();
        } catch (ApiException e) {
            throw KubeErrors.of(e);
        }
    }

    private static boolean ready(V1Node node) {
        return node.getStatus() != null && node.getStatus().getConditions() != null && node.getStatus().getConditions()
                .stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
