package io.arorp.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.Secret;
import io.arorp.env.kube.KubeconfigClusterClients;
import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole lifecycle through the ARM API with the backend running for real in the test server: simulated cloud,
 * simulated installer, simulated cluster reached with client-java through the kubeconfig the RP hands out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterLifecycleIT {
    static final String API = "?api-version=2025-07-25";
    private final RpClient rp = new RpClient();
    private final RpClient admin = new RpClient(RpClient.Identity.ADMIN);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void createUpdateAdminUpdateAndDelete() throws Exception {
        String subscription = registered();
        String id = ClusterBodies.clusterId(subscription, "rg", "life");
        HttpResponse<String> created = put(id, ClusterBodies.create(subscription, "life-" + subscription.substring(0, 8)));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject op = await(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertEquals("Succeeded", op.getString("status"), op.toString());
        JsonObject cluster = json(rp.get(rp.https(), id + API).body());
        JsonObject p = cluster.getJsonObject("properties");
        assertEquals("Succeeded", p.getString("provisioningState"));
        assertTrue(p.getJsonObject("consoleProfile").getString("url").startsWith("https://console-openshift-console.apps."));
        assertTrue(p.getJsonObject("apiserverProfile").getString("ip").startsWith("20."), cluster.toString());

        HttpResponse<String> credentials = rp.send(HttpRequest.newBuilder(rp.uri(id + "/listadmincredentials" + API))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, credentials.statusCode(), credentials.body());
        String kubeconfig = new String(java.util.Base64.getDecoder().decode(
                json(credentials.body()).getString("kubeconfig")), java.nio.charset.StandardCharsets.UTF_8);
        ApiClient kube = new KubeconfigClusterClients(Duration.ofSeconds(10)).client(Secret.of(kubeconfig));
        assertEquals(6, new CoreV1Api(kube).listNode().execute().getItems().size(), "3 masters and 3 workers");

        // an ARM template redeployment PUTs the create body again: it must be accepted as an update
        HttpResponse<String> redeployed = put(id, ClusterBodies.create(subscription, "life-" + subscription.substring(0, 8)));
        assertEquals(200, redeployed.statusCode(), redeployed.body());
        assertEquals("Succeeded", await(redeployed.headers().firstValue("Azure-AsyncOperation").orElseThrow())
                .getString("status"));

        HttpResponse<String> updated = patch(id, "{\"tags\":{\"team\":\"platform\"}}", API);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Succeeded", await(updated.headers().firstValue("Azure-AsyncOperation").orElseThrow())
                .getString("status"));

        HttpResponse<String> maintenance = admin.send(HttpRequest.newBuilder(rp.uri(id + "?api-version=admin"))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"properties\":{\"maintenanceTask\":\"Everything\"}}")));
        assertEquals(200, maintenance.statusCode(), maintenance.body());
        awaitState(id, "Succeeded");
        JsonObject afterAdmin = json(admin.get(rp.https(), id + "?api-version=admin").body()).getJsonObject("properties");
        assertEquals("None", afterAdmin.getString("maintenanceState"), afterAdmin.toString());

        HttpResponse<String> deleted = rp.send(HttpRequest.newBuilder(rp.uri(id + API)).DELETE());
        assertEquals(202, deleted.statusCode(), deleted.body());
        assertEquals("Succeeded", await(deleted.headers().firstValue("Azure-AsyncOperation").orElseThrow())
                .getString("status"));
        assertEquals(404, rp.get(rp.https(), id + API).statusCode());
        assertFalse(simulation("resources").contains("/resourcegroups/aro-life-" + subscription.substring(0, 8)),
                "the managed resource group and its resources are gone");

        String metrics = rp.get(rp.http(), "/metrics?scope=application").body();
        java.util.regex.Matcher peak = java.util.regex.Pattern.compile(
                "(?m)^backend_openshiftcluster_workers_peak(\\{[^}]*})? ([0-9.]+)").matcher(metrics);
        assertTrue(peak.find(), metrics);
        assertTrue(Double.parseDouble(peak.group(2)) >= 1, "a job ran, so the peak is at least one: " + peak.group());
        assertTrue(metrics.contains("backend_openshiftcluster_workers_count"), metrics);
        java.util.regex.Matcher pickups = java.util.regex.Pattern.compile(
                "(?m)^backend_openshiftcluster_pickup_seconds_count(\\{[^}]*})? ([0-9.]+)").matcher(metrics);
        assertTrue(pickups.find(), metrics);
        assertTrue(Double.parseDouble(pickups.group(2)) >= 3, "create, update and delete were each picked up once "
                + "after their request (the second install phase is not a pickup): " + pickups.group());
        JsonObject live = json(rp.get(rp.http(), "/health/live").body());
        assertTrue(live.toString().matches(".*\"peakJobs\":[1-9].*"), live.toString());
    }

    @Test
    void aWorkloadIdentityClusterGetsItsIssuerAndFederatedCredentialsAndLosesThemOnDelete() throws Exception {
        String subscription = registered();
        String name = "wi-" + subscription.substring(0, 8);
        String id = ClusterBodies.clusterId(subscription, "rg", name);
        HttpResponse<String> created = rp.send(HttpRequest.newBuilder(rp.uri(id + API))
                .header("Content-Type", "application/json")
                .header("x-ms-identity-url", "https://control-eastus.identity.azure.net/subscriptions/" + subscription
                        + "/credentials?tid=t&oid=o&aid=a").header("x-ms-home-tenant-id", subscription)
                .PUT(HttpRequest.BodyPublishers.ofString(ClusterBodies.createWithWorkloadIdentity(subscription, name,
                        ClusterBodies.SEEDED_OPERATORS))));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject op = await(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertEquals("Succeeded", op.getString("status"), op.toString());
        JsonObject p = json(rp.get(rp.https(), id + API).body()).getJsonObject("properties");
        String issuer = p.getJsonObject("clusterProfile").getString("oidcIssuer");
        assertTrue(issuer.startsWith("https://arooidceastus.z1.web.core.windows.net/"), issuer);
        JsonObject ingress = p.getJsonObject("platformWorkloadIdentityProfile")
                .getJsonObject("platformWorkloadIdentities").getJsonObject("ingress");
        assertTrue(ingress.getString("clientId").matches("[0-9a-f-]{36}"), ingress.toString());
        assertTrue(ingress.getString("objectId").matches("[0-9a-f-]{36}"), ingress.toString());
        String credentials = "/resourcegroups/ids/providers/microsoft.managedidentity/userassignedidentities/" + name
                + "-ingress/federatedidentitycredentials/";
        assertTrue(simulation("resources").contains(credentials), "the ingress identity trusts the cluster");

        HttpResponse<String> deleted = rp.send(HttpRequest.newBuilder(rp.uri(id + API)).DELETE());
        assertEquals(202, deleted.statusCode(), deleted.body());
        assertEquals("Succeeded", await(deleted.headers().firstValue("Azure-AsyncOperation").orElseThrow())
                .getString("status"));
        String left = simulation("resources");
        assertFalse(left.contains(credentials), "the federated credentials are deleted");
        assertFalse(left.contains(issuer.substring(issuer.lastIndexOf('/') + 1) + "/.well-known"),
                "the OIDC documents are deleted");
    }

    @Test
    void aFailingStepFailsTheCreateWithItsErrorAndADeleteCleansUp() throws Exception {
        String subscription = registered();
        String name = "fail-" + subscription.substring(0, 8);
        String fault = injectFault("{\"operation\":\"deployments.deploy\",\"match\":\"aro-" + name + "\","
                + "\"status\":400,\"code\":\"DeploymentFailed\",\"message\":\"The storage account quota is exceeded.\","
                + "\"times\":1}");
        String id = ClusterBodies.clusterId(subscription, "rg", name);
        HttpResponse<String> created = put(id, ClusterBodies.create(subscription, name));
        JsonObject op = await(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertEquals("Failed", op.getString("status"), op.toString());
        assertEquals("DeploymentFailed", op.getJsonObject("error").getString("code"));
        assertEquals("The storage account quota is exceeded.", op.getJsonObject("error").getString("message"));
        JsonObject p = json(rp.get(rp.https(), id + API).body()).getJsonObject("properties");
        assertEquals("Failed", p.getString("provisioningState"));
        admin.send(HttpRequest.newBuilder(rp.uri("/admin/simulation/faults/" + fault)).DELETE());

        HttpResponse<String> deleted = rp.send(HttpRequest.newBuilder(rp.uri(id + API)).DELETE());
        assertEquals(202, deleted.statusCode(), deleted.body());
        assertEquals("Succeeded", await(deleted.headers().firstValue("Azure-AsyncOperation").orElseThrow())
                .getString("status"));
    }

    @Test
    void aFailedUpdateIsRetriedBySendingItAgain() throws Exception {
        String subscription = registered();
        String name = "retry-" + subscription.substring(0, 8);
        String id = ClusterBodies.clusterId(subscription, "rg", name);
        HttpResponse<String> created = put(id, ClusterBodies.create(subscription, name));
        assertEquals("Succeeded", await(created.headers().firstValue("Azure-AsyncOperation").orElseThrow())
                .getString("status"));
        injectFault("{\"operation\":\"compute.start\",\"match\":\"aro-" + name + "\",\"status\":409,"
                + "\"code\":\"OperationNotAllowed\",\"message\":\"The VM is being deallocated.\",\"times\":1}");
        HttpResponse<String> failed = patch(id, "{\"tags\":{\"try\":\"1\"}}", API);
        JsonObject op = await(failed.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertEquals("Failed", op.getString("status"));
        assertEquals("OperationNotAllowed", op.getJsonObject("error").getString("code"));
        JsonObject p = json(rp.get(rp.https(), id + API).body()).getJsonObject("properties");
        assertEquals("Failed", p.getString("provisioningState"));

        HttpResponse<String> retried = patch(id, "{\"tags\":{\"try\":\"2\"}}", API);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals("Succeeded", await(retried.headers().firstValue("Azure-AsyncOperation").orElseThrow())
                .getString("status"));
    }

    static JsonObject json(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    JsonObject await(String asyncUrl) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject status = json(rp.send(HttpRequest.newBuilder(URI.create(asyncUrl)).GET()).body());
            String s = status.getString("status");
            if (s.equals("Succeeded") || s.equals("Failed") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(100);
        }
    }

    void awaitState(String id, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String now = "";
        while (System.nanoTime() < deadline) {
            now = json(rp.get(rp.https(), id + API).body()).getJsonObject("properties").getString("provisioningState");
            if (now.equals(state)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(state, now);
    }

    String injectFault(String fault) throws Exception {
        HttpResponse<String> r = admin.send(HttpRequest.newBuilder(rp.uri("/admin/simulation/faults"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(fault)));
        assertEquals(201, r.statusCode(), r.body());
        return json(r.body()).getString("id");
    }

    String simulation(String path) throws Exception {
        return admin.get(rp.https(), "/admin/simulation/" + path).body().toLowerCase();
    }

    String registered() throws Exception {
        String subscription = UUID.randomUUID().toString();
        String body = "{\"state\":\"Registered\",\"properties\":{\"tenantId\":\"" + UUID.randomUUID() + "\"}}";
        HttpResponse<String> r = rp.send(HttpRequest.newBuilder(rp.uri("/subscriptions/" + subscription
                + "?api-version=2.0")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.statusCode(), r.body());
        return subscription;
    }

    HttpResponse<String> put(String id, String body) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(id + API)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> patch(String id, String body, String api) throws Exception {
        return rp.send(HttpRequest.newBuilder(rp.uri(id + api)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }
}
