package io.arorp.env.azure;

import com.azure.resourcemanager.resources.fluent.models.DeploymentInner;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Deployments;
import io.arorp.util.json.Jackson;
import java.util.List;
import java.util.Locale;

/**
 * The cluster's resources as one incremental ARM template deployment, like the original's base template: ARM orders
 * and parallelises the writes, and repeating the deployment after a crash converges instead of failing.
 */
public final class AzureDeployments implements Deployments {
    static final String SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
    private final ObjectMapper mapper = Jackson.newMapper();
    private final AzureClients clients;
    private final AzureCalls calls;
    private final ApiVersions versions;

    public AzureDeployments(AzureClients clients, AzureCalls calls, ApiVersions versions) {
        this.clients = clients;
        this.calls = calls;
        this.versions = versions;
    }

    @Override
    public void deploy(String resourceGroupId, String deploymentName, List<CloudResource> resources) {
        ArmId group = ArmId.parse(resourceGroupId);
        ObjectNode template = template(resourceGroupId, resources);
        DeploymentInner deployment = new DeploymentInner().withProperties(new DeploymentProperties()
                .withMode(DeploymentMode.INCREMENTAL).withTemplate(CloudResources.toMap(template)));
        calls.run(() -> clients.deployments(group.subscriptionId()).getDeployments()
                .createOrUpdate(group.resourceGroup(), deploymentName, deployment));
    }

    ObjectNode template(String resourceGroupId, List<CloudResource> resources) {
        ObjectNode template = mapper.createObjectNode().put("$schema", SCHEMA).put("contentVersion", "1.0.0.0");
        ArrayNode list = template.putArray("resources");
        for (CloudResource r : resources) {
            ArmId id = ArmId.parse(r.id());
            if (!id.isIn(resourceGroupId)) {
                throw new CloudException(400, "DeploymentFailed", null, "At least one resource deployment operation "
                        + "failed. Resource '" + r.id() + "' is outside resource group '" + resourceGroupId + "'.");
            }
            ObjectNode resource = list.addObject().put("type", r.type()).put("name", id.templateName())
                    .put("apiVersion", versions.of(id));
            if (r.location() != null) {
                resource.put("location", r.location());
            }
            if (r.managedBy() != null) {
                resource.put("managedBy", r.managedBy());
            }
            if (!r.tags().isEmpty()) {
                resource.set("tags", mapper.valueToTree(r.tags()));
            }
            if (r.sku() != null) {
                resource.putObject("sku").put("name", r.sku());
            }
            if (r.kind() != null) {
                resource.put("kind", r.kind());
            }
            resource.set("properties", r.properties());
            ArrayNode dependsOn = mapper.createArrayNode();
            dependencies(r, resources).forEach(dependsOn::add);
            if (!dependsOn.isEmpty()) {
                resource.set("dependsOn", dependsOn);
            }
        }
        return template;
    }

    /**
     * The template's other resources this one refers to (by id, or by the id of one of their children, such as a
     * load balancer's frontend) or is a child of: ARM must create those first, where it would otherwise run every
     * write of the template at once.
     */
    static List<String> dependencies(CloudResource resource, List<CloudResource> resources) {
        String self = resource.id().toLowerCase(Locale.ROOT);
        java.util.Set<String> referenced = new java.util.HashSet<>();
        collectIds(resource.properties(), referenced);
        List<String> found = new java.util.ArrayList<>();
        for (CloudResource other : resources) {
            String id = other.id().toLowerCase(Locale.ROOT);
            if (id.equals(self)) {
                continue;
            }
            boolean parent = self.startsWith(id + "/");
            boolean used = referenced.stream().anyMatch(v -> v.equals(id) || v.startsWith(id + "/"));
            if (parent || used) {
                found.add(other.id());
            }
        }
        return found;
    }

    /** Every string in the tree that is an ARM id. */
    private static void collectIds(com.fasterxml.jackson.databind.JsonNode node, java.util.Set<String> ids) {
        if (node.isTextual() && node.asText().startsWith("/subscriptions/")) {
            ids.add(node.asText().toLowerCase(Locale.ROOT));
        }
        node.forEach(child -> collectIds(child, ids));
    }
}
