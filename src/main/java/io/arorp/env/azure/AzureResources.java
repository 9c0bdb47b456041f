package io.arorp.env.azure;

import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Resources;
import java.util.List;
import java.util.Optional;

/** Generic resources by id through ARM, each call at the api-version its provider lists for the type. */
public final class AzureResources implements Resources {
    private final AzureClients clients;
    private final AzureCalls calls;
    private final ApiVersions versions;

    public AzureResources(AzureClients clients, AzureCalls calls, ApiVersions versions) {
        this.clients = clients;
        this.calls = calls;
        this.versions = versions;
    }

    @Override
    public Optional<CloudResource> get(String resourceId) {
        ArmId id = ArmId.parse(resourceId);
        String version = versions.of(id);
        return calls.find(() -> clients.resources(id.subscriptionId()).getResources().getById(ArmId.relative(resourceId), version))
                .map(CloudResources::of);
    }

    @Override
    public List<CloudResource> listByResourceGroup(String resourceGroupId) {
        ArmId id = ArmId.parse(resourceGroupId);
        return calls.call(() -> clients.resources(id.subscriptionId()).getResources()
                .listByResourceGroup(id.resourceGroup()).stream().map(CloudResources::of).toList());
    }

    @Override
    public void delete(String resourceId) {
        ArmId id = ArmId.parse(resourceId);
        String version = versions.of(id);
        calls.delete(() -> clients.resources(id.subscriptionId()).getResources().deleteById(ArmId.relative(resourceId), version));
    }
}
