package io.arorp.env.azure;

import com.azure.core.http.HttpMethod;
import com.azure.resourcemanager.storage.models.Action;
import com.azure.resourcemanager.storage.models.Bypass;
import com.azure.resourcemanager.storage.models.DefaultAction;
import com.azure.resourcemanager.storage.models.NetworkRuleSet;
import com.azure.resourcemanager.storage.models.StorageAccountUpdateParameters;
import com.azure.resourcemanager.storage.models.VirtualNetworkRule;
import io.arorp.env.cloud.Storage;
import io.arorp.env.cloud.StorageFirewall;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Blobs in a cluster's storage account over the Blob REST API with AAD tokens of the first-party identity (from the
 * account's tenant). A container missing on the first write is created then, like the installer's graph container.
 * The firewall goes through the Microsoft.Storage management API, as an account PATCH that touches only its network
 * rules (a full PUT would also have to restate encryption, which legacy accounts cannot take).
 */
public final class AzureStorage implements Storage {
    static final String STORAGE_SCOPE = "https://storage.azure.com/.default";
    static final String VERSION = "2021-08-06";
    private final AzureClients clients;
    private final AzureCalls calls;
    private final AzureSettings settings;
    private final DataPlane blobs;
    private final TenantResolver tenants;

    public AzureStorage(AzureClients clients, AzureCalls calls, TenantResolver tenants) {
        this.clients = clients;
        this.calls = calls;
        this.settings = clients.settings();
        this.blobs = new DataPlane(clients.firstPartyDataPlane(STORAGE_SCOPE));
        this.tenants = tenants;
    }

    @Override
    public void putBlob(String storageAccountId, String container, String blob, byte[] content) {
        Map<String, String> headers = Map.of("x-ms-version", VERSION, "x-ms-blob-type", "BlockBlob",
                "Content-Type", "application/octet-stream");
        String url = url(storageAccountId, container) + "/" + blob;
        if (blobs.send(HttpMethod.PUT, url, headers, content, tenant(storageAccountId)).isEmpty()) {
            blobs.send(HttpMethod.PUT, url(storageAccountId, container) + "?restype=container",
                    Map.of("x-ms-version", VERSION), new byte[0], tenant(storageAccountId));
            blobs.send(HttpMethod.PUT, url, headers, content, tenant(storageAccountId)).orElseThrow(
                    () -> new io.arorp.api.CloudException(404, "ContainerNotFound", null, "The container '"
                            + container + "' of '" + storageAccountId + "' does not exist."));
        }
    }

    @Override
    public Optional<byte[]> getBlob(String storageAccountId, String container, String blob) {
        return blobs.send(HttpMethod.GET, url(storageAccountId, container) + "/" + blob, Map.of("x-ms-version",
                VERSION), null, tenant(storageAccountId)).map(DataPlane.Answer::body);
    }

    @Override
    public void deleteBlob(String storageAccountId, String container, String blob) {
        blobs.send(HttpMethod.DELETE, url(storageAccountId, container) + "/" + blob, Map.of("x-ms-version", VERSION),
                null, tenant(storageAccountId));
    }

    @Override
    public Optional<StorageFirewall> firewall(String storageAccountId) {
        ArmId id = ArmId.parse(storageAccountId);
        return calls.find(() -> clients.storage(id.subscriptionId()).getStorageAccounts()
                .getByResourceGroup(id.resourceGroup(), id.name(0))).map(account -> {
                    NetworkRuleSet rules = account.networkRuleSet();
                    if (rules == null) {
                        return new StorageFirewall(DefaultAction.ALLOW.toString(), List.of());
                    }
                    List<String> subnets = rules.virtualNetworkRules() == null ? List.of()
                            : rules.virtualNetworkRules().stream().map(VirtualNetworkRule::virtualNetworkResourceId)
                                    .toList();
                    return new StorageFirewall(String.valueOf(rules.defaultAction()), subnets);
                });
    }

    @Override
    public void setFirewall(String storageAccountId, StorageFirewall firewall) {
        ArmId id = ArmId.parse(storageAccountId);
        NetworkRuleSet rules = new NetworkRuleSet().withBypass(Bypass.AZURE_SERVICES)
                .withDefaultAction(DefaultAction.fromString(firewall.defaultAction()))
                .withVirtualNetworkRules(firewall.allowedSubnetIds().stream().map(s -> new VirtualNetworkRule()
                        .withVirtualNetworkResourceId(s).withAction(Action.ALLOW)).toList());
        calls.run(() -> clients.storage(id.subscriptionId()).getStorageAccounts().update(id.resourceGroup(),
                id.name(0), new StorageAccountUpdateParameters().withNetworkRuleSet(rules)));
    }

    private String url(String storageAccountId, String container) {
        return settings.blobService(ArmId.parse(storageAccountId).name(0)) + container;
    }

    private String tenant(String storageAccountId) {
        return tenants.tenantOf(ArmId.parse(storageAccountId).subscriptionId());
    }
}
