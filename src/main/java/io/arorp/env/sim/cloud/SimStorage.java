package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Storage;
import java.util.Base64;
import java.util.Optional;

/** Blobs as child resources of their storage account; writing into an account that does not exist fails like Azure. */
public final class SimStorage implements Storage {
    private final SimulatedCloud cloud;

    public SimStorage(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public void putBlob(String storageAccountId, String container, String blob, byte[] content) {
        String id = blobId(storageAccountId, container, blob);
        cloud.calls().run("storage.putBlob", id, () -> {
            if (cloud.get(storageAccountId).isEmpty()) {
                throw SimulatedCloud.notFound("StorageAccountNotFound", "Storage account '" + storageAccountId + "'");
            }
            cloud.put(CloudResource.of(id, "Microsoft.Storage/storageAccounts/blobServices/containers/blobs", null,
                    cloud.object().put("content", Base64.getEncoder().encodeToString(content))));
        });
    }

    @Override
    public Optional<byte[]> getBlob(String storageAccountId, String container, String blob) {
        String id = blobId(storageAccountId, container, blob);
        return cloud.calls().call("storage.getBlob", id, () -> cloud.get(id)
                .map(r -> Base64.getDecoder().decode(r.properties().path("content").asText())));
    }

    @Override
    public void deleteBlob(String storageAccountId, String container, String blob) {
        String id = blobId(storageAccountId, container, blob);
        cloud.calls().run("storage.deleteBlob", id, () -> cloud.delete(id));
    }

    private static String blobId(String account, String container, String blob) {
        return account + "/blobServices/default/containers/" + container + "/blobs/" + blob;
    }
}
