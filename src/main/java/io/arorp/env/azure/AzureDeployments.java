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
            resource.set("properties", r.properties());
        }
        return template;
    }
}
