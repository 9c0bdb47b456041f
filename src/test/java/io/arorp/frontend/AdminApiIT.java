package io.arorp.frontend;

import static io.arorp.frontend.ArmErrorsIT.assertError;
import static io.arorp.frontend.ArmErrorsIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import io.arorp.testing.RpClient.Identity;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin API as SREs call it: admin certificate, internal view of clusters, guarded Kubernetes access. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {
    private final RpClient arm = new RpClient();
    private final RpClient admin = new RpClient(Identity.ADMIN);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void adminSeesEveryClusterWithInternalFieldsButNoSecrets() throws Exception {
        String id = createdCluster("admin-view");
        HttpResponse<String> list = admin.get(admin.https(),
                "/admin/providers/Microsoft.RedHatOpenShift/openShiftClusters");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains(id), "the new cluster is listed");
        assertTrue(!list.body().contains("sp-secret-admin-view"), "no secret in the admin view");

        HttpResponse<String> one = admin.get(admin.https(), id + "?api-version=admin");
        assertEquals(200, one.statusCode(), one.body());
        JsonObject properties = json(one.body()).getJsonObject("properties");
        assertEquals("Creating", properties.getString("provisioningState"));
        assertTrue(properties.containsKey("architectureVersion"), "internal fields are shown to admins: " + one.body());
        assertError(arm.get(arm.https(), "/admin/providers/Microsoft.RedHatOpenShift/openShiftClusters"), 403,
                "Forbidden", "Forbidden.");
    }

    @Test
    void kubernetesAccessRefusesSecretsUnknownKindsAndClustersWithoutCredentials() throws Exception {
        String id = createdCluster("admin-kube");
        String objects = "/admin" + id + "/kubernetesobjects";
        assertError(admin.get(admin.https(), objects + "?kind=Secret&namespace=openshift-config&name=pull-secret"),
                403, "Forbidden", "Access to secrets is forbidden.");
        assertError(admin.get(admin.https(), objects + "?kind=Gizmo"), 400, "InvalidParameter",
                "The provided kind 'Gizmo' is invalid.");
        HttpResponse<String> early = admin.get(admin.https(), objects + "?kind=Node");
        assertEquals(400, early.statusCode(), early.body());
        assertEquals("RequestNotAllowed", json(early.body()).getJsonObject("error").getString("code"));
    }

    @Test
    void adminCannotCreateClusters() throws Exception {
        String subscription = registered();
        String id = ClusterBodies.clusterId(subscription, "rg", "by-admin");
        HttpResponse<String> response = admin.send(HttpRequest.newBuilder(admin.uri(id + "?api-version=admin"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ClusterBodies.create(subscription, "by-admin"))));
        assertError(response, 400, "RequestNotAllowed", "Admin API does not allow cluster creation.");
    }

    private String createdCluster(String name) throws Exception {
        String subscription = registered();
        String id = ClusterBodies.clusterId(subscription, "rg", name);
        HttpResponse<String> created = arm.send(HttpRequest.newBuilder(arm.uri(id + "?api-version=2025-07-25"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ClusterBodies.create(subscription, name))));
        assertEquals(201, created.statusCode(), created.body());
        return id;
    }

    private String registered() throws Exception {
        String subscription = UUID.randomUUID().toString();
        HttpResponse<String> response = arm.send(HttpRequest.newBuilder(
                arm.uri("/subscriptions/" + subscription + "?api-version=2.0"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"Registered\",\"properties\":{}}")));
        assertEquals(201, response.statusCode(), response.body());
        return subscription;
    }
}
