package io.arorp.env.azure;

import com.azure.core.http.HttpMethod;
import io.arorp.env.cloud.Storage;
import java.util.Map;
import java.util.Optional;

/**
 * Blobs in a cluster's storage account over the Blob REST API with AAD tokens of the first-party identity (from the
 * account's tenant). A container missing on the first write is created then, like the installer's graph container.
 */
public final class AzureStorage implements Storage {
    static final String STORAGE_SCOPE = "https://storage.azure.com/.default";
    static final String VERSION = "2021-08-06";
    private final AzureSettings settings;
    private final DataPlane blobs;
    private final TenantResolver tenants;

    public AzureStorage(AzureClients clients, TenantResolver tenants) {
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

    private String url(String storageAccountId, String container) {
        return settings.blobService(ArmId.parse(storageAccountId).name(0)) + container;
    }

    private String tenant(String storageAccountId) {
        return tenants.tenantOf(ArmId.parse(storageAccountId).subscriptionId());
    }
}
