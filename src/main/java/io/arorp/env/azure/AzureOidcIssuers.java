package io.arorp.env.azure;

import com.azure.core.http.HttpMethod;
import io.arorp.env.cloud.OidcIssuers;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The RP's OIDC storage account ({@code aro.azure.oidc.storage-account}) over the Blob REST API as the RP's identity:
 * blobs in its static website container {@code $web}, served to AAD at {@code aro.azure.oidc.endpoint} (the
 * account's web endpoint or the front door before it), which with the directory is the cluster's issuer URL.
 */
public final class AzureOidcIssuers implements OidcIssuers {
    static final String CONTAINER = "$web";
    private static final Map<String, String> READ = Map.of("x-ms-version", AzureStorage.VERSION);
    private final DataPlane blobs;
    private final URI container;
    private final String endpoint;

    /**
     * @param storageAccount the account's name
     * @param endpoint       the public URL its {@code $web} container is served at
     */
    public AzureOidcIssuers(AzureClients clients, String storageAccount, URI endpoint) {
        this.blobs = new DataPlane(clients.rpDataPlane(AzureStorage.STORAGE_SCOPE));
        this.container = clients.settings().blobService(Objects.requireNonNull(storageAccount,
                "aro.azure.oidc.storage-account")).resolve(CONTAINER + "/");
        String e = Objects.requireNonNull(endpoint, "aro.azure.oidc.endpoint").toString();
        this.endpoint = e.endsWith("/") ? e : e + "/";
    }

    @Override
    public String issuerUrl(String directory) {
        return endpoint + directory;
    }

    @Override
    public void put(String directory, String path, byte[] content) {
        blobs.send(HttpMethod.PUT, url(directory, path), Map.of("x-ms-version", AzureStorage.VERSION,
                "x-ms-blob-type", "BlockBlob", "Content-Type", "application/json"), content, null)
                .orElseThrow(() -> new io.arorp.api.CloudException(404, "ContainerNotFound", null,
                        "The OIDC storage account has no container '" + CONTAINER + "' (static website off?)."));
    }

    @Override
    public Optional<byte[]> get(String directory, String path) {
        return blobs.send(HttpMethod.GET, url(directory, path), READ, null, null).map(DataPlane.Answer::body);
    }

    @Override
    public void delete(String directory, String path) {
        blobs.send(HttpMethod.DELETE, url(directory, path), READ, null, null);
    }

    private String url(String directory, String path) {
        return container + directory + "/" + path;
    }
}
