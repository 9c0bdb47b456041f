package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import io.arorp.database.SimulatedResourceDocument;
import io.arorp.database.SimulatedResources;
import io.arorp.env.cloud.CloudResource;
import io.arorp.util.json.Jackson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state and settings every simulated cloud service shares: resources in the store, the call pipeline (latency,
 * faults, counts) and the rules' knobs. The per-service classes ({@link SimResourceGroups}, {@link SimNetworks}, ...)
 * implement the env interfaces on top of it.
 *
 * @see Settings
 */
public final class SimulatedCloud {
    private final SimulatedResources resources;
    private final CloudCalls calls;
    private final Settings settings;
    private final ObjectMapper mapper = Jackson.newMapper();

    /**
     * The simulation's knobs.
     *
     * @param latency         added to every call (0 in test, a few ms in dev so progress is visible)
     * @param assumeNetworks  a VNet or subnet named in a request but not in the simulated cloud is created on first
     *                        look, with a valid shape (dev usability); false makes missing networks an error
     * @param coresLimit      regional vCPU quota of every subscription
     * @param rpSubscription  the RP's own subscription (DNS zone, key vault)
     * @param assumeIdentities a user-assigned identity named in a request but not in the simulated cloud is created
     *                        on first look (dev usability, like networks); false makes a missing identity an error
     */
    public record Settings(Duration latency, boolean assumeNetworks, int coresLimit, String rpSubscription,
            boolean assumeIdentities) {
        /** Identities are assumed, as networks are by default. */
        public Settings(Duration latency, boolean assumeNetworks, int coresLimit, String rpSubscription) {
            this(latency, assumeNetworks, coresLimit, rpSubscription, true);
        }
    }

    public SimulatedCloud(SimulatedResources resources, Settings settings) {
        this.resources = resources;
        this.settings = settings;
        this.calls = new CloudCalls(settings.latency());
    }

    public CloudCalls calls() {
        return calls;
    }

    public Settings settings() {
        return settings;
    }

    Optional<CloudResource> get(String id) {
        return resources.get(id).map(this::toResource);
    }

    CloudResource put(CloudResource resource) {
        return toResource(resources.put(resource.id(), resource.type(), toJson(resource)));
    }

    boolean delete(String id) {
        return resources.delete(id);
    }

    List<CloudResource> listByResourceGroup(String resourceGroupId) {
        return resources.listByResourceGroup(resourceGroupId).stream().map(this::toResource).toList();
    }

    List<CloudResource> listByType(String subscriptionId, String type) {
        return resources.listByType(subscriptionId, type).stream().map(this::toResource).toList();
    }

    /** Every stored resource, for inspection in dev. */
    public List<CloudResource> all() {
        return resources.listAll().stream().map(this::toResource).toList();
    }

    /** Stores a resource as given (tests and people set up networks and deny assignments this way). */
    public CloudResource create(CloudResource resource) {
        return put(resource);
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    static CloudException notFound(String code, String what) {
        return new CloudException(404, code, null, what + " was not found.");
    }

    static String parent(String id) {
        return id.substring(0, id.lastIndexOf('/', id.lastIndexOf('/') - 1));
    }

    static String subscriptionOf(String id) {
        return io.arorp.database.Keys.subscriptionOf(id);
    }

    /** {@code /subscriptions/s/resourceGroups/rg} of an id below a resource group. */
    static String resourceGroupOf(String id) {
        String[] parts = id.split("/");
        if (parts.length < 5 || !parts[3].equalsIgnoreCase("resourceGroups")) {
            throw new CloudException(400, "InvalidResourceId", null, "'" + id + "' is not in a resource group.");
        }
        return String.join("/", List.of(parts).subList(0, 5));
    }

    private ObjectNode toJson(CloudResource r) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", r.id());
        node.put("type", r.type());
        node.put("location", r.location());
        node.put("managedBy", r.managedBy());
        node.set("tags", mapper.valueToTree(r.tags()));
        node.set("properties", r.properties());
        if (r.sku() != null) {
            node.putObject("sku").put("name", r.sku());
        }
        node.put("kind", r.kind());
        return node;
    }

    private CloudResource toResource(SimulatedResourceDocument doc) {
        JsonNode node = doc.getResource();
        Map<String, String> tags = new LinkedHashMap<>();
        node.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
        JsonNode properties = node.path("properties");
        return new CloudResource(doc.getResourceId(), doc.getType(), text(node, "location"), text(node, "managedBy"),
                tags, properties.isObject() ? ((ObjectNode) properties).deepCopy() : mapper.createObjectNode(),
                text(node.path("sku"), "name"), text(node, "kind"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
