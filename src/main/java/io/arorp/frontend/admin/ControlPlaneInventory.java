package io.arorp.frontend.admin;

import com.google.gson.JsonObject;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Whether the control plane's three views agree, as the original checks around a resize: the master Machines
 * (Running, zone and instance-type labels matching their spec, one per zone), the Azure VMs behind them (running, in
 * the Machine's zone, of the Machine's size) and the master Nodes (ready, schedulable, labelled with that size).
 * Returns the problems found, grouped the way the original reports them; empty when the inventory is consistent.
 */
final class ControlPlaneInventory {
    private static final String ZONE = "machine.openshift.io/zone";
    private static final String INSTANCE_TYPE = "machine.openshift.io/instance-type";

    /** What a master Machine says about itself. */
    record Machine(String labelZone, String specZone, String size, String phase, String labelInstanceType) {
    }

    private ControlPlaneInventory() {
    }

    /**
     * @param vms the VM of a machine name in the managed resource group, if it exists
     * @return null when consistent, else the original's message with its lines joined by {@code " | "}
     */
    static String problems(ApiClient client, Function<String, Optional<CloudResource>> vms) {
        Map<String, Machine> machines = machines(client);
        List<String> errors = validateMachines(machines);
        if (!errors.isEmpty()) {
            return "control plane machine inventory is inconsistent: " + String.join(" | ", errors);
        }
        errors = compareVms(machines, vms);
        if (!errors.isEmpty()) {
            return "control plane machine and Azure VM inventory is inconsistent: " + String.join(" | ", errors);
        }
        errors = compareNodes(machines, client);
        return errors.isEmpty() ? null
                : "control plane machine and node inventory is inconsistent: " + String.join(" | ", errors);
    }

    /** The master Machines by name. */
    static Map<String, Machine> machines(ApiClient client) {
        var response = new DynamicKubernetesApi("machine.openshift.io", "v1beta1", "machines", client)
                .list("openshift-machine-api");
        if (!response.isSuccess()) {
            throw new CloudException(500, "InternalServerError", "controlPlaneMachines",
                    response.getStatus() == null ? "listing machines failed" : response.getStatus().getMessage());
        }
        Map<String, Machine> machines = new TreeMap<>();
        for (var m : response.getObject().getItems()) {
            var labels = m.getMetadata().getLabels() == null ? Map.<String, String>of() : m.getMetadata().getLabels();
            if (!"master".equals(labels.get("machine.openshift.io/cluster-api-machine-role"))) {
                continue;
            }
            JsonObject raw = m.getRaw();
            JsonObject spec = raw.getAsJsonObject("spec").getAsJsonObject("providerSpec").getAsJsonObject("value");
            JsonObject status = raw.has("status") ? raw.getAsJsonObject("status") : new JsonObject();
            machines.put(m.getMetadata().getName(), new Machine(labels.get(ZONE), text(spec, "zone"),
                    text(spec, "vmSize"), text(status, "phase"), labels.get(INSTANCE_TYPE)));
        }
        return machines;
    }

    private static List<String> validateMachines(Map<String, Machine> machines) {
        if (machines.size() != 3) {
            return List.of("expected 3 machines, got " + machines.size());
        }
        List<String> errors = new ArrayList<>();
        Set<String> zones = new HashSet<>();
        machines.forEach((name, m) -> {
            if (!"Running".equals(m.phase())) {
                errors.add("machine " + name + " status phase is not Running, current phase is "
                        + (m.phase() == null || m.phase().isEmpty() ? "nil" : m.phase()));
            } else if (m.labelZone() == null || !m.labelZone().equals(m.specZone())) {
                errors.add("machine " + name + " has a mismatch between label zone " + m.labelZone()
                        + " and spec zone " + m.specZone() + ". These values should match");
            } else if (m.labelInstanceType() == null || !m.labelInstanceType().equals(m.size())) {
                errors.add("machine " + name + " has a mismatch between label instance-type " + (m.labelInstanceType()
                        == null ? "<missing>" : m.labelInstanceType()) + " and instance type defined in the spec "
                        + m.size() + ". These values should match");
            } else {
                zones.add(m.specZone());
            }
        });
        if (errors.isEmpty() && zones.size() != 3) {
            errors.add("items must be spread across 3 different zones, found " + zones.size() + " zone(s)");
        }
        return errors;
    }

    private static List<String> compareVms(Map<String, Machine> machines,
                                           Function<String, Optional<CloudResource>> vms) {
        List<String> errors = new ArrayList<>();
        machines.forEach((name, m) -> {
            Optional<CloudResource> vm = vms.apply(name);
            if (vm.isEmpty()) {
                errors.add("machine " + name + " not found in Azure resources");
                return;
            }
            var p = vm.get().properties();
            String zone = p.path("zone").asText("");
            String power = p.path("powerState").asText("");
            String size = p.path("hardwareProfile").path("vmSize").asText("");
            if (zone.isEmpty()) {
                errors.add("azure VM " + name + " has no availability zone configured");
                return;
            }
            if (!power.equals("running")) {
                errors.add("found unexpected statuses for VM " + name + ": PowerState/" + power);
            }
            if (!zone.equals(m.specZone())) {
                errors.add("machine " + name + " has zone " + m.specZone() + " in its spec, however Azure VM is running"
                        + " in zone " + zone);
            }
            if (!size.equals(m.size())) {
                errors.add("machine " + name + " has size " + m.size() + " in its spec, however Azure VM is running a "
                        + size + " VM");
            }
        });
        return errors;
    }

    private static List<String> compareNodes(Map<String, Machine> machines, ApiClient client) {
        List<V1Node> nodes;
        try {
            nodes = new CoreV1Api(client).listNode().labelSelector("node-role.kubernetes.io/master").execute()
                    .getItems();
        } catch (ApiException e) {
            throw KubeErrors.of(e);
        }
        List<String> errors = new ArrayList<>();
        Map<String, String> sizes = new TreeMap<>();
        for (V1Node node : nodes) {
            String name = node.getMetadata().getName();
            var labels = node.getMetadata().getLabels();
            if (node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
                errors.add("node " + name + " is unschedulable");
            }
            if (node.getStatus() != null && node.getStatus().getConditions() != null && node.getStatus().getConditions()
                    .stream().anyMatch(c -> c.getType().equals("Ready") && !c.getStatus().equals("True"))) {
                errors.add("node " + name + " is not ready");
            }
            String type = labels.getOrDefault("node.kubernetes.io/instance-type", "");
            String beta = labels.getOrDefault("beta.kubernetes.io/instance-type", "");
            if (!type.equals(beta)) {
                errors.add("node " + name + " has a mismatch between labels. node.kubernetes.io/instance-type: " + type
                        + " beta.kubernetes.io/instance-type: " + beta);
            }
            sizes.put(name, type);
        }
        if (sizes.size() != 3) {
            errors.add("expected 3 control plane nodes, found " + sizes.size() + ": [" + String.join(", ",
                    sizes.keySet()) + "]");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        machines.forEach((name, m) -> {
            if (!sizes.containsKey(name)) {
                errors.add("machine " + name + " not found in cluster nodes");
            } else if (!m.size().equals(sizes.get(name))) {
                errors.add("machine " + name + " has size " + m.size() + " in its spec, however node has instance-type "
                        + sizes.get(name));
            }
        });
        return errors;
    }

    private static String text(JsonObject object, String field) {
        return object.has(field) && object.get(field).isJsonPrimitive() ? object.get(field).getAsString() : null;
    }
}
