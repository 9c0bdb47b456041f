package io.arorp.env.sim.cloud;

import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.PrivateEndpoints;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The RP's private endpoints, in the RP's resource group ({@code rp-<location>}) and its subnet
 * {@code rp-pe-vnet-001/rp-pe-subnet} (10.0.4.0/22). As in Azure, the private link service must exist, and each new
 * endpoint's network interface takes the lowest free address after the ones Azure reserves. A cluster's gateway
 * endpoint (deployed with its base resources) gets an address in its subnet and a link identifier when approved.
 */
public final class SimPrivateEndpoints implements PrivateEndpoints {
    static final String TYPE = "Microsoft.Network/privateEndpoints";
    private static final String SUBNET_BASE = "10.0.";
    private static final int SUBNET_SIZE = 1024;
    private static final int FIRST_USABLE = 4;
    private final SimulatedCloud cloud;
    private final String resourceGroupId;

    public SimPrivateEndpoints(SimulatedCloud cloud, String location) {
        this.cloud = cloud;
        this.resourceGroupId = "/subscriptions/" + cloud.settings().rpSubscription() + "/resourceGroups/rp-" + location;
    }

    @Override
    public PrivateEndpoint ensureRpPrivateEndpoint(String name, String location, String privateLinkServiceId) {
        String id = id(name);
        return cloud.calls().call("privateEndpoints.ensure", id, () -> {
            if (cloud.get(privateLinkServiceId).isEmpty()) {
                throw SimulatedCloud.notFound("ResourceNotFound", "Private link service '" + privateLinkServiceId
                        + "'");
            }
            CloudResource existing = cloud.get(id).orElse(null);
            String ip = existing != null ? existing.properties().path("privateIPAddress").asText() : freeAddress();
            cloud.put(CloudResource.of(id, TYPE, location, cloud.object().put("privateIPAddress", ip)
                    .put("privateLinkServiceId", privateLinkServiceId).put("subnetId", resourceGroupId
                            + "/providers/Microsoft.Network/virtualNetworks/rp-pe-vnet-001/subnets/rp-pe-subnet")
                    .put("provisioningState", "Succeeded")));
            return new PrivateEndpoint(id, ip, privateLinkServiceId);
        });
    }

    @Override
    public void deleteRpPrivateEndpoint(String name) {
        String id = id(name);
        cloud.calls().run("privateEndpoints.delete", id, () -> cloud.delete(id));
    }

    @Override
    public GatewayConnection approveGatewayConnection(String privateEndpointId) {
        return cloud.calls().call("privateEndpoints.approveGatewayConnection", privateEndpointId, () -> {
            CloudResource endpoint = cloud.get(privateEndpointId).orElseThrow(() -> SimulatedCloud.notFound(
                    "ResourceNotFound", "Private endpoint '" + privateEndpointId + "'"));
            var p = endpoint.properties();
            if (!p.hasNonNull("privateIPAddress")) {
                String prefix = cloud.get(p.path("subnetId").asText()).orElseThrow(() -> SimulatedCloud.notFound(
                        "NotFound", "Subnet '" + p.path("subnetId").asText() + "'")).properties()
                        .path("addressPrefix").asText();
                p.put("privateIPAddress", address(prefix, FIRST_USABLE + 1));
                long bits = java.util.UUID.nameUUIDFromBytes(privateEndpointId.toLowerCase(Locale.ROOT)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).getLeastSignificantBits();
                p.put("linkIdentifier", Long.toString((bits >>> 33) & 0x3fffffff));
            }
            p.put("gatewayConnectionStatus", "Approved");
            cloud.put(endpoint);
            return new GatewayConnection(p.path("privateIPAddress").asText(), p.path("linkIdentifier").asText());
        });
    }

    /** The {@code offset}-th address of an IPv4 prefix such as {@code 10.0.0.0/24}. */
    private static String address(String prefix, int offset) {
        String[] octets = prefix.substring(0, prefix.indexOf('/')).split("\\.");
        long base = 0;
        for (String octet : octets) {
            base = base << 8 | Integer.parseInt(octet);
        }
        long ip = base + offset;
        return (ip >> 24 & 0xff) + "." + (ip >> 16 & 0xff) + "." + (ip >> 8 & 0xff) + "." + (ip & 0xff);
    }

    private String id(String name) {
        return resourceGroupId + "/providers/Microsoft.Network/privateEndpoints/" + name;
    }

    private String freeAddress() {
        Set<String> used = new HashSet<>();
        String prefix = resourceGroupId.toLowerCase(Locale.ROOT) + "/";
        cloud.listByType(cloud.settings().rpSubscription(), TYPE).stream()
                .filter(r -> r.id().toLowerCase(Locale.ROOT).startsWith(prefix))
                .forEach(r -> used.add(r.properties().path("privateIPAddress").asText()));
        for (int i = FIRST_USABLE; i < SUBNET_SIZE - 1; i++) {
            String ip = SUBNET_BASE + (4 + i / 256) + "." + (i % 256);
            if (!used.contains(ip)) {
                return ip;
            }
        }
        throw new io.arorp.api.CloudException(400, "SubnetIsFull", null,
                "Subnet rp-pe-subnet has no free address for another private endpoint.");
    }
}
