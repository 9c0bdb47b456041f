package io.arorp.database;

import static io.arorp.database.store.Fields.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.StoreQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SimulatedCloud container: the dev and test stand-in for Azure's own state. Kept in the document store so the
 * simulated cloud survives an RP restart together with the clusters that use it, and so two RP processes sharing a
 * store see one cloud.
 */
public final class SimulatedResources {
    public static final StoreQuery BY_RESOURCE_GROUP = StoreQuery.of(
            "SELECT * FROM SimulatedCloud doc WHERE doc.resourceGroupKey = @resourceGroup AND doc.id != @self",
            (d, p, now) -> Objects.equals(text(d, "resourceGroupKey"), p.get("@resourceGroup"))
                    && !Objects.equals(text(d, "id"), p.get("@self"))).reading("resourceGroupKey", "id");
    public static final StoreQuery BY_TYPE = StoreQuery.of(
            "SELECT * FROM SimulatedCloud doc WHERE doc.type = @type",
            (d, p, now) -> Objects.equals(text(d, "type"), p.get("@type"))).reading("type");
    public static final StoreQuery ALL = StoreQuery.of("SELECT * FROM SimulatedCloud doc", (d, p, now) -> true);

    private final DocumentCollection<SimulatedResourceDocument> c;

    public SimulatedResources(DocumentStore store, DocumentCodec codec) {
        this.c = new DocumentCollection<>(store, Containers.SIMULATED_CLOUD, codec, SimulatedResourceDocument.class);
    }

    public Optional<SimulatedResourceDocument> get(String resourceId) {
        String key = Keys.lower(resourceId);
        return c.get(Keys.subscriptionOf(key), idOf(key));
    }

    /** ARM's PUT: creates or replaces the resource whole. */
    public SimulatedResourceDocument put(String resourceId, String type, ObjectNode resource) {
        String key = Keys.lower(resourceId);
        SimulatedResourceDocument doc = new SimulatedResourceDocument();
        doc.setId(idOf(key));
        doc.setPartitionKey(Keys.subscriptionOf(key));
        doc.setResourceId(resourceId);
        doc.setResourceGroupKey(resourceGroupOf(key));
        doc.setType(type);
        doc.setResource(resource);
        return c.upsert(doc);
    }

    /** Read-modify-write with the usual retry on a lost race. */
    public SimulatedResourceDocument patch(String resourceId, Mutation<SimulatedResourceDocument> mutation) {
        return c.patch(() -> get(resourceId).orElseThrow(
                () -> new DocumentNotFoundException("simulated resource " + resourceId + " does not exist")), mutation);
    }

    /** Returns whether there was something to delete. */
    public boolean delete(String resourceId) {
        Optional<SimulatedResourceDocument> existing = get(resourceId);
        if (existing.isEmpty()) {
            return false;
        }
        try {
            c.delete(existing.get().getPartitionKey(), existing.get());
            return true;
        } catch (DocumentNotFoundException e) {
            return false;
        }
    }

    /** The resources inside a resource group (not the group itself). */
    public List<SimulatedResourceDocument> listByResourceGroup(String resourceGroupId) {
        String key = Keys.lower(resourceGroupId);
        return c.all(BY_RESOURCE_GROUP.with("@resourceGroup", key).with("@self", idOf(key)),
                Keys.subscriptionOf(key));
    }

    public List<SimulatedResourceDocument> listByType(String subscriptionId, String type) {
        return c.all(BY_TYPE.with("@type", type), Keys.lower(subscriptionId));
    }

    public List<SimulatedResourceDocument> listAll() {
        return c.all(ALL, null);
    }

    /** {@code /subscriptions/s/resourcegroups/rg} of any id below a resource group; the id itself otherwise. */
    static String resourceGroupOf(String key) {
        String[] parts = key.split("/");
        if (parts.length >= 5 && parts[3].equals("resourcegroups")) {
            return String.join("/", List.of(parts).subList(0, 5));
        }
        return key;
    }

    private static String idOf(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
