package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Storage;
import io.arorp.env.cloud.StorageFirewall;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Blobs as child resources of their storage account; writing into an account that does not exist fails like Azure.
 * The firewall is the account's {@code networkAcls}, in the shape the base template deploys it.
 */
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

    @Override
    public Optional<StorageFirewall> firewall(String storageAccountId) {
        return cloud.calls().call("storage.getFirewall", storageAccountId, () -> cloud.get(storageAccountId)
                .map(account -> {
                    JsonNode acls = account.properties().path("networkAcls");
                    List<String> subnets = new ArrayList<>();
                    acls.path("virtualNetworkRules").forEach(r -> subnets.add(r.path("id").asText()));
                    // an account created without rules admits everyone, as Azure's default does
                    return new StorageFirewall(acls.path("defaultAction").asText("Allow"), subnets);
                }));
    }

    @Override
    public void setFirewall(String storageAccountId, StorageFirewall firewall) {
        cloud.calls().run("storage.setFirewall", storageAccountId, () -> {
            CloudResource account = cloud.get(storageAccountId).orElseThrow(() -> SimulatedCloud.notFound(
                    "StorageAccountNotFound", "Storage account '" + storageAccountId + "'"));
            ObjectNode acls = account.properties().putObject("networkAcls").put("bypass", "AzureServices")
                    .put("defaultAction", firewall.defaultAction());
            ArrayNode rules = acls.putArray("virtualNetworkRules");
            firewall.allowedSubnetIds().forEach(id -> rules.addObject().put("id", id).put("action", "Allow"));
            cloud.put(account);
        });
    }
}
