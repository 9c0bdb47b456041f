package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static io.arorp.env.azure.AzureStub.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.api.Subscription;
import io.arorp.api.SubscriptionProperties;
import io.arorp.database.Containers;
import io.arorp.database.DocumentCodec;
import io.arorp.database.LeaseOwner;
import io.arorp.database.SubscriptionDocument;
import io.arorp.database.Subscriptions;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.store.embedded.EmbeddedDocumentStore;
import io.arorp.env.AzureProducer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prod's wiring from configuration: the produced cloud calls the configured endpoints as the configured identities. */
class AzureProducerTest extends AzureStubTest {
    static final String RG = SUB + "/resourceGroups/aro-c1";
    EmbeddedDocumentStore store;
    Subscriptions subscriptions;
    MapConfig config;

    @BeforeEach
    void configure(@TempDir Path dir) {
        store = EmbeddedDocumentStore.open(dir.resolve("store.mv.db"), Clock.systemUTC());
        store.ensureContainers(Containers.ALL);
        subscriptions = new Subscriptions(store, new DocumentCodec(new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(
                "t=YXJvLXJwLXRlc3Qta2V5LU5PVC1TRUNSRVQtMDAwMDE="), new SecureRandom())), new LeaseOwner("test"));
        config = new MapConfig(Map.ofEntries(
                Map.entry("aro.azure.resource-manager-endpoint", azure.base().toString()),
                Map.entry("aro.azure.authority-host", azure.base().toString()),
                Map.entry("aro.azure.ca-bundle", azure.caBundle.toString()),
                Map.entry("aro.azure.fp.credential", "client-secret"),
                Map.entry("aro.azure.fp.tenant-id", AzureStub.FP_HOME_TENANT),
                Map.entry("aro.azure.fp.client-id", "fp-client"),
                Map.entry("aro.azure.fp.client-secret", "fp-secret"),
                Map.entry("aro.azure.rp.credential", "client-secret"),
                Map.entry("aro.azure.rp.tenant-id", AzureStub.RP_TENANT),
                Map.entry("aro.azure.rp.client-id", "rp-client"),
                Map.entry("aro.azure.rp.client-secret", "rp-secret"),
                Map.entry("aro.azure.rp.subscription-id", AzureStub.RP_SUBSCRIPTION),
                Map.entry("aro.azure.rp.resource-group", "rp-eastus"),
                Map.entry("aro.azure.key-vault.uri", azure.base() + "vault/")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void callsArmWithATokenOfTheTenantTheSubscriptionWasRegisteredWith() {
        register(AzureStub.SUBSCRIPTION, AzureStub.CUSTOMER_TENANT);
        azure.server.stubFor(get(arm(RG)).willReturn(json(200, AzureResourceGroupsTest.group("eastus", null)
                .replace("aro-abc", "aro-c1"))));

        AzureCloud cloud = new AzureProducer(config).azureCloud(subscriptions, Clock.systemUTC());

        assertTrue(cloud.resourceGroups().get(RG).isPresent());
        azure.server.verify(getRequestedFor(arm(RG)).withHeader("Authorization", equalTo(CUSTOMER_TOKEN)));
    }

    @Test
    void refusesCallsForASubscriptionArmNeverRegistered() {
        AzureCloud cloud = new AzureProducer(config).azureCloud(subscriptions, Clock.systemUTC());

        CloudException e = assertThrows(CloudException.class, () -> cloud.resourceGroups().get(RG));

        assertEquals("InvalidSubscriptionState", e.code());
    }

    @Test
    void namesAMissingRequiredKeyAndItsEnvironmentVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new AzureProducer(
                config.with("aro.azure.rp.subscription-id", null)).azureCloud(subscriptions, Clock.systemUTC()));

        assertEquals("aro.azure.rp.subscription-id (env ARO_AZURE_RP_SUBSCRIPTION_ID) is required in prod",
                e.getMessage());
    }

    @Test
    void anIdentityOfAnUnknownKindIsAConfigurationError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new AzureProducer(
                config.with("aro.azure.fp.credential", "password")).azureCloud(subscriptions, Clock.systemUTC()));

        assertTrue(e.getMessage().contains("unknown Azure credential kind 'password'"), e.getMessage());
    }

    @Test
    void theRpsResourcesDefaultTheOriginalsSubnetAndNameAMissingRegistry() {
        RpResources rp = new AzureProducer(config.with("aro.azure.gateway.resource-group", "gwy-eastus")
                .with("aro.azure.acr.resource-id", AzureContainerRegistryTest.ACR)).rpResources();

        assertEquals(AzurePrivateEndpointsTest.SUBNET, rp.privateEndpointSubnetId());
        assertEquals("arointsvc.azurecr.io", rp.acrLoginServer());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new AzureProducer(
                config.with("aro.azure.gateway.resource-group", "gwy-eastus")).rpResources());
        assertEquals("aro.azure.acr.resource-id (env ARO_AZURE_ACR_RESOURCE_ID) is required in prod", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AzureProducer(config.with(
                "aro.azure.gateway.resource-group", "gwy-eastus").with("aro.azure.acr.resource-id",
                AzurePrivateEndpointsTest.SUBNET)).rpResources());
    }

    private void register(String subscriptionId, String tenantId) {
        SubscriptionProperties properties = new SubscriptionProperties();
        properties.setTenantId(tenantId);
        Subscription subscription = new Subscription();
        subscription.setProperties(properties);
        SubscriptionDocument doc = new SubscriptionDocument();
        doc.setId(subscriptionId);
        doc.setSubscription(subscription);
        subscriptions.create(doc);
    }
}
