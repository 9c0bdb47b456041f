package io.arorp.env.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful stand-in for ARM, Key Vault certificates and Blob behind the WireMock stub, for tests that drive a whole
 * cluster lifecycle where scripting every call would drown what they check: a PUT stores the resource (Succeeded at
 * once, public IPs and private endpoints given addresses, an ARM template deployment creating its resources), a GET
 * reads it or lists a collection, a DELETE removes it and what lies below, anything unknown is ARM's 404. Stubs that
 * a test scripts itself outrank it (it answers at a low priority).
 */
final class ArmFake implements ResponseDefinitionTransformerV2 {
    static final String NAME = "arm-fake";
    private final ObjectMapper mapper = new ObjectMapper();
    private final io.arorp.env.tls.ClusterPki issuer = io.arorp.env.tls.ClusterPki.create(
            "fake-key-vault-issuer", java.time.Clock.systemUTC(), new java.security.SecureRandom());
    private final Map<String, ObjectNode> resources = new ConcurrentSkipListMap<>();
    private final AtomicInteger addresses = new AtomicInteger(10);

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Puts {@code id} in place as its owner made it before the test (a customer's VNet). */
    void seed(String id, String json) {
        store(id, parse(json));
    }

    /** Whether the fake holds {@code id}. */
    boolean has(String id) {
        return resources.containsKey(key(id));
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        String path = request.getUrl().replaceAll("\\?.*", "").replaceAll("//+", "/");
        String key = key(path);
        switch (request.getMethod().getName()) {
            case "PUT", "PATCH":
                return put(path, key, request.getBodyAsString(), request.getMethod().getName().equals("PATCH"));
            case "DELETE":
                boolean existed = resources.remove(key) != null;
                resources.keySet().removeIf(k -> k.startsWith(key + "/"));
                return answer(existed ? 200 : 204, "");
            case "POST":
                return post(path, key, request.getBodyAsString());
            default:
                return get(path, key);
        }
    }

    private ResponseDefinition put(String path, String key, String body, boolean patch) {
        if (path.startsWith("/blob/")) {
            resources.put(key, mapper.createObjectNode().put("id", path));
            return answer(201, "");
        }
        ObjectNode resource = parse(body);
        ObjectNode stored = resources.get(key);
        if (patch && stored != null) {
            stored.setAll(resource);
            resource = stored;
        }
        boolean created = stored == null;
        store(path, resource);
        if (key.contains("/providers/microsoft.resources/deployments/")) {
            deployTemplate(path.substring(0, path.toLowerCase(Locale.ROOT).indexOf("/providers/")), resource);
        }
        return answer(created ? 201 : 200, resource.toString());
    }

    /** An incremental deployment of a template of plain resources (no expressions): each one PUT in turn. */
    private void deployTemplate(String group, ObjectNode deployment) {
        for (JsonNode r : deployment.path("properties").path("template").path("resources")) {
            String[] type = r.path("type").asText().split("/");
            String[] names = r.path("name").asText().split("/");
            StringBuilder id = new StringBuilder(group).append("/providers/").append(type[0]);
            for (int i = 1; i < type.length; i++) {
                id.append('/').append(type[i]).append('/').append(names[i - 1]);
            }
            store(id.toString(), ((ObjectNode) r).deepCopy());
        }
    }

    private void store(String path, ObjectNode resource) {
        String key = key(path);
        resource.put("id", path).put("name", path.substring(path.lastIndexOf('/') + 1));
        if (!resource.hasNonNull("type")) {
            resource.put("type", type(path));
        }
        ObjectNode properties = resource.has("properties") && resource.get("properties").isObject()
                ? (ObjectNode) resource.get("properties") : resource.putObject("properties");
        properties.put("provisioningState", "Succeeded");
        if (key.contains("/microsoft.network/publicipaddresses/") && !properties.has("ipAddress")) {
            properties.put("ipAddress", "20.0.0." + addresses.incrementAndGet());
        }
        if (key.contains("/microsoft.network/privateendpoints/") && !properties.has("networkInterfaces")) {
            properties.putArray("networkInterfaces").addObject().put("id", path + "-nic").putObject("properties")
                    .putArray("ipConfigurations").addObject().putObject("properties")
                    .put("privateIPAddress", "10.0.4." + addresses.incrementAndGet());
        }
        resources.put(key, resource);
    }

    /** Key Vault's certificate creation completes at once; other actions succeed with an empty answer. */
    private ResponseDefinition post(String path, String key, String body) {
        if (key.endsWith("/create") && key.contains("/certificates/")) {
            String certificate = path.substring(0, path.length() - "/create".length());
            ObjectNode stored = parse(body).put("id", certificate);
            stored.putObject("attributes").put("exp", System.currentTimeMillis() / 1000 + 365L * 24 * 3600);
            resources.put(key(certificate), stored);
            // Key Vault keeps a certificate's key and chain as the secret of the same name (PEM here).
            String secret = certificate.replace("/certificates/", "/secrets/");
            io.arorp.env.tls.ClusterPki.Issued issued = issuer.issueServer();
            resources.put(key(secret), mapper.createObjectNode().put("id", secret)
                    .put("contentType", "application/x-pem-file")
                    .put("value", issued.keyPem().reveal() + issued.certificatePem() + issuer.caPem()));
            return answer(202, "{\"status\":\"inProgress\"}");
        }
        return answer(200, "{}");
    }

    private ResponseDefinition get(String path, String key) {
        ObjectNode stored = resources.get(key);
        if (stored != null) {
            return answer(200, stored.toString());
        }
        if (key.endsWith("/pending") && key.contains("/certificates/")) {
            return answer(200, "{\"status\":\"completed\"}");
        }
        if (key.endsWith("/versions") && key.contains("/certificates/")) {
            return answer(200, "{\"value\":[{}]}");
        }
        String[] segments = key.substring(1).split("/");
        int providers = java.util.Arrays.asList(segments).indexOf("providers");
        if (providers >= 0 && segments.length == providers + 2 && segments.length == 4) {
            return answer(200, provider(segments[3]));
        }
        boolean groupList = key.endsWith("/resources") && segments.length == 5;
        boolean collection = providers >= 0 && (segments.length - providers) % 2 == 1 && !key.endsWith("/pending");
        if (groupList || collection) {
            String prefix = groupList ? key.substring(0, key.length() - "/resources".length()) + "/providers/"
                    : key + "/";
            ArrayNode value = mapper.createArrayNode();
            resources.forEach((k, r) -> {
                if (k.startsWith(prefix) && (groupList ? listedInGroup(k.substring(prefix.length()))
                        : !k.substring(prefix.length()).contains("/"))) {
                    value.add(r);
                }
            });
            return answer(200, mapper.createObjectNode().set("value", value).toString());
        }
        String code = segments.length == 4 && segments[2].equals("resourcegroups") ? "ResourceGroupNotFound"
                : "ResourceNotFound";
        return answer(404, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + path + " not found\"}}");
    }

    /** A group's resource list holds its top-level resources, not its deployments or role assignments. */
    private static boolean listedInGroup(String relative) {
        return relative.split("/").length == 3 && !relative.startsWith("microsoft.resources/")
                && !relative.startsWith("microsoft.authorization/");
    }

    /** A provider listing every type of its namespace the RP touches generically, each with one api-version. */
    private String provider(String namespace) {
        String types = switch (namespace) {
            case "microsoft.network" -> "virtualNetworks,virtualNetworks/subnets,networkSecurityGroups,loadBalancers,"
                    + "publicIPAddresses,privateLinkServices,privateEndpoints,networkInterfaces,privateDnsZones";
            case "microsoft.compute" -> "virtualMachines,disks,galleries,images";
            case "microsoft.storage" -> "storageAccounts,storageAccounts/blobServices,"
                    + "storageAccounts/blobServices/containers";
            case "microsoft.authorization" -> "roleAssignments,denyAssignments,roleDefinitions";
            default -> "";
        };
        ArrayNode list = mapper.createArrayNode();
        for (String t : types.split(",")) {
            if (!t.isEmpty()) {
                list.addObject().put("resourceType", t).putArray("apiVersions").add("2024-01-01");
            }
        }
        ObjectNode provider = mapper.createObjectNode().put("namespace", namespace);
        provider.set("resourceTypes", list);
        return provider.toString();
    }

    /** {@code Microsoft.Network/virtualNetworks/subnets} of an id, ARM's resource groups for a group's id. */
    private static String type(String path) {
        String[] p = path.substring(1).split("/");
        int providers = java.util.Arrays.asList(p).lastIndexOf("providers");
        if (providers < 0) {
            return p.length == 4 ? "Microsoft.Resources/resourceGroups" : "Microsoft.Resources/unknown";
        }
        StringBuilder type = new StringBuilder(p[providers + 1]);
        for (int i = providers + 2; i < p.length; i += 2) {
            type.append('/').append(p[i]);
        }
        return type.toString();
    }

    private ObjectNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            return node instanceof ObjectNode o ? o : mapper.createObjectNode();
        } catch (Exception e) {
            return mapper.createObjectNode();
        }
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    private static ResponseDefinition answer(int status, String body) {
        return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body).build();
    }
}
