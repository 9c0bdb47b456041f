package io.arorp.e2e;

import com.azure.core.http.HttpMethod;
import com.azure.core.management.Region;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.Secret;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.testing.ArmSdk;
import io.arorp.testing.ClusterBodies;
import io.arorp.testing.RpClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a customer and ARM do to a running RP, end to end (test/run.sh): register a subscription, create a cluster
 * with the Azure SDK and wait for it, use its admin kubeconfig against the cluster's own API, change tags and the
 * outbound IPs, get told off for a bad request, delete. Prints one line a scenario; exits 1 if any failed.
 *
 * <p>Arguments: {@code --rp=https://127.0.0.1:8643} (the RP), and the system properties {@code it.wlp.home} and
 * {@code it.server} that locate the key store whose certificate the RP serves (trusted, as a client would).
 */
public final class Scenarios {
    static final String API = "2025-07-25";
    static final String NS = "Microsoft.RedHatOpenShift";
    private final ObjectMapper mapper = new ObjectMapper();
    private final ArmSdk arm;

    Scenarios(String rp) {
        this.arm = new ArmSdk(rp, RpClient.sslContext(RpClient.Identity.NONE));
    }

    public static void main(String[] args) {
        String rp = "https://127.0.0.1:8643";
        for (String arg : args) {
            if (arg.startsWith("--rp=")) {
                rp = arg.substring("--rp=".length());
            }
        }
        Scenarios scenarios = new Scenarios(rp);
        Map<String, Scenario> all = new LinkedHashMap<>();
        all.put("a cluster's life through the Azure SDK", scenarios::clusterLifecycle);
        all.put("a bad request gets a CloudError naming the field", scenarios::badRequest);
        int failed = 0;
        for (Map.Entry<String, Scenario> s : all.entrySet()) {
            long started = System.nanoTime();
            try {
                s.getValue().run();
                System.out.printf("PASS  %s (%.1f s)%n", s.getKey(), (System.nanoTime() - started) / 1e9);
            } catch (Exception | AssertionError e) {
                failed++;
                System.out.printf("FAIL  %s: %s%n", s.getKey(), e);
            }
        }
        System.out.printf("%d of %d scenarios passed%n", all.size() - failed, all.size());
        System.exit(failed == 0 ? 0 : 1);
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    void clusterLifecycle() throws Exception {
        String subscription = register();
        ResourceManager rm = arm.resources(subscription);
        JsonNode body = mapper.readTree(ClusterBodies.create(subscription, "e2e-" + subscription.substring(0, 8)));
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = mapper.convertValue(body.get("properties"), Map.class);
        GenericResource cluster = rm.genericResources().define("e2e").withRegion(Region.US_EAST)
                .withExistingResourceGroup("e2e-rg").withResourceType("openShiftClusters").withProviderNamespace(NS)
                .withoutPlan().withApiVersion(API).withProperties(properties).createAsync()
                .block(Duration.ofMinutes(5));
        JsonNode created = mapper.valueToTree(cluster.properties());
        check("Succeeded".equals(created.path("provisioningState").asText()), "created: " + created);
        check(!created.toString().contains("sp-secret"), "a GET carries no secret");

        ArmSdk.Response credentials = arm.send(HttpMethod.POST, cluster.id() + "/listAdminCredentials?api-version="
                + API, "{}");
        check(credentials.status() == 200, "listAdminCredentials: " + credentials.status());
        String kubeconfig = new String(Base64.getDecoder().decode(mapper.readTree(credentials.body())
                .path("kubeconfig").asText()), StandardCharsets.UTF_8);
        try (KubeconfigClusterClients clients = new KubeconfigClusterClients(Duration.ofSeconds(10))) {
            int nodes = new CoreV1Api(clients.client(Secret.of(kubeconfig))).listNode().execute().getItems().size();
            check(nodes >= 6, "the cluster's API lists its 3 masters and 3 workers, got " + nodes);
        }

        GenericResource updated = cluster.update().withApiVersion(API).withTag("env", "e2e").applyAsync()
                .block(Duration.ofMinutes(5));
        check("e2e".equals(updated.tags().get("env")), "tag after update: " + updated.tags());
        ArmSdk.Response patched = arm.send(HttpMethod.PATCH, cluster.id() + "?api-version=" + API,
                "{\"properties\":{\"networkProfile\":{\"loadBalancerProfile\":{\"managedOutboundIps\":{\"count\":2}}}}}");
        check(patched.status() == 200 || patched.status() == 202, "PATCH outbound IPs: " + patched.body());
        JsonNode outbound = awaitSucceeded(rm, cluster.id()).path("networkProfile").path("loadBalancerProfile");
        check(outbound.path("effectiveOutboundIps").size() == 2, "two effective outbound IPs: " + outbound);

        rm.genericResources().deleteByIdAsync(cluster.id(), API).block(Duration.ofMinutes(5));
        check(arm.send(HttpMethod.GET, cluster.id() + "?api-version=" + API, null).status() == 404, "gone");
    }

    void badRequest() throws Exception {
        String subscription = register();
        String body = ClusterBodies.create(subscription, "bad").replace("10.128.0.0/14", "10.128.0.0/99");
        ArmSdk.Response answer = arm.send(HttpMethod.PUT, ClusterBodies.clusterId(subscription, "rg", "bad")
                + "?api-version=" + API, body);
        JsonNode error = mapper.readTree(answer.body()).path("error");
        check(answer.status() == 400, "status " + answer.status());
        check("InvalidParameter".equals(error.path("code").asText()), "code: " + error);
        check("properties.networkProfile.podCidr".equals(error.path("target").asText()), "target: " + error);
    }

    private String register() {
        String subscription = UUID.randomUUID().toString();
        ArmSdk.Response r = arm.send(HttpMethod.PUT, "/subscriptions/" + subscription + "?api-version=2.0",
                "{\"state\":\"Registered\",\"properties\":{\"tenantId\":\"" + UUID.randomUUID() + "\"}}");
        check(r.status() == 201, "subscription registered: " + r.status());
        return subscription;
    }

    private JsonNode awaitSucceeded(ResourceManager rm, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode p = mapper.valueToTree(rm.genericResources().getById(id, API).properties());
            String state = p.path("provisioningState").asText();
            if (state.equals("Succeeded") || state.equals("Failed")) {
                check(state.equals("Succeeded"), "update failed: " + p);
                return p;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(id + " not Succeeded within 5 minutes");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
