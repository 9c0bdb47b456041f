package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.OidcIssuers;
import java.util.Optional;

/**
 * The RP's OIDC storage account in the simulated cloud ({@code rp-<location>/arooidc<location>}, created on first
 * write), its blobs in the static website container {@code $web}, as the original keeps them; the issuer URL is the
 * account's web endpoint and the directory.
 */
public final class SimOidcIssuers implements OidcIssuers {
    static final String CONTAINER = "$web";
    private final SimulatedCloud cloud;
    private final SimStorage blobs;
    private final String accountId;
    private final String endpoint;

    public SimOidcIssuers(SimulatedCloud cloud, String location) {
        this.cloud = cloud;
        this.blobs = new SimStorage(cloud);
        String account = "arooidc" + location;
        this.accountId = "/subscriptions/" + cloud.settings().rpSubscription() + "/resourceGroups/rp-" + location
                + "/providers/Microsoft.Storage/storageAccounts/" + account;
        this.endpoint = "https://" + account + ".z1.web.core.windows.net/";
    }

    /** The storage account holding every issuer (tests look at its blobs). */
    public String accountId() {
        return accountId;
    }

    @Override
    public String issuerUrl(String directory) {
        return endpoint + directory;
    }

    @Override
    public void put(String directory, String path, byte[] content) {
        if (cloud.get(accountId).isEmpty()) {
            cloud.put(CloudResource.of(accountId, "Microsoft.Storage/storageAccounts", null, cloud.object())
                    .withKind("StorageV2").withSku("Standard_ZRS"));
        }
        blobs.putBlob(accountId, CONTAINER, directory + "/" + path, content);
    }

    @Override
    public Optional<byte[]> get(String directory, String path) {
        return blobs.getBlob(accountId, CONTAINER, directory + "/" + path);
    }

    @Override
    public void delete(String directory, String path) {
        blobs.deleteBlob(accountId, CONTAINER, directory + "/" + path);
    }
}
