package io.arorp.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.http.HttpMethod;
import com.azure.core.management.Region;
import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.testing.ArmSdk;
import io.arorp.testing.ClusterBodies;
import io.arorp.testing.Deployments;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cluster's whole life driven the way ARM drives it, with the real Azure SDK (GenericResources, HTTPS, mTLS, LRO
 * polling): register the subscription, create, get, list past one page, update tags, list credentials, delete.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AzureSdkLifecycleIT {
    private static final String API = "2025-07-25";
    private static final String NS = "Microsoft.RedHatOpenShift";
    private final ObjectMapper mapper = new ObjectMapper();
    private final ArmSdk arm = new ArmSdk();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void aClusterLivesAndDiesThroughTheAzureSdk() throws Exception {
        String subscription = UUID.randomUUID().toString();
        assertEquals(201, arm.send(HttpMethod.PUT, "/subscriptions/" + subscription + "?api-version=2.0",
                "{\"state\":\"Registered\",\"properties\":{\"tenantId\":\"" + UUID.randomUUID() + "\"}}").status());
        ResourceManager rm = arm.resources(subscription);
        JsonNode body = mapper.readTree(ClusterBodies.create(subscription, "sdk"));

        GenericResource created = rm.genericResources().define("sdk").withRegion(Region.US_EAST)
                .withExistingResourceGroup("sdk-rg").withResourceType("openShiftClusters").withProviderNamespace(NS)
                .withoutPlan().withApiVersion(API).withTag("team", "sre")
                .withProperties(mapper.convertValue(body.get("properties"), Map.class))
                .createAsync().block(Duration.ofMinutes(3));
        assertEquals("Succeeded", properties(created).get("provisioningState"));
        assertFalse(properties(created).toString().contains("sp-secret"), "no secret comes back");

        GenericResource got = rm.genericResources().get("sdk-rg", NS, "", "openShiftClusters", "sdk", API);
        assertEquals(created.id(), got.id());

        for (int i = 0; i < 10; i++) { // eleven clusters in the group: the list needs a second page
            String name = "sdk-" + i;
            assertEquals(201, arm.send(HttpMethod.PUT, "/subscriptions/" + subscription
                    + "/resourceGroups/sdk-rg/providers/" + NS + "/openShiftClusters/" + name + "?api-version=" + API,
                    ClusterBodies.create(subscription, name + "-" + subscription.substring(0, 6))).status());
        }
        JsonNode page = mapper.readTree(arm.send(HttpMethod.GET, "/subscriptions/" + subscription
                + "/resourceGroups/sdk-rg/providers/" + NS + "/openShiftClusters?api-version=" + API, null).body());
        assertEquals(10, page.get("value").size());
        String next = page.get("nextLink").asText();
        JsonNode second = mapper.readTree(arm.send(HttpMethod.GET, next.substring(next.indexOf("/subscriptions")),
                null).body());
        assertEquals(1, second.get("value").size());

        GenericResource tagged = got.update().withApiVersion(API).withTag("env", "prod").applyAsync()
                .block(Duration.ofMinutes(3));
        assertEquals("prod", tagged.tags().get("env"));
        assertEquals("Succeeded", properties(tagged).get("provisioningState"));

        ArmSdk.Response credentials = arm.send(HttpMethod.POST, created.id() + "/listCredentials?api-version=" + API,
                "{}");
        assertEquals(200, credentials.status(), credentials.body());
        assertEquals("kubeadmin", mapper.readTree(credentials.body()).get("kubeadminUsername").asText());
        assertTrue(mapper.readTree(credentials.body()).get("kubeadminPassword").asText().length() >= 16);

        rm.genericResources().deleteByIdAsync(created.id(), API).block(Duration.ofMinutes(3));
        ManagementException gone = assertThrows(ManagementException.class,
                () -> rm.genericResources().getById(created.id(), API));
        assertEquals(404, gone.getResponse().getStatusCode());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(GenericResource resource) {
        return (Map<String, Object>) resource.properties();
    }
}
