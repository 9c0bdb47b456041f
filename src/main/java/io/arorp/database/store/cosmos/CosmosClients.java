package io.arorp.database.store.cosmos;

import com.azure.cosmos.ConsistencyLevel;
import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosDiagnosticsContext;
import com.azure.cosmos.CosmosDiagnosticsThresholds;
import com.azure.cosmos.GatewayConnectionConfig;
import com.azure.cosmos.ThrottlingRetryOptions;
import com.azure.cosmos.models.CosmosClientTelemetryConfig;
import com.azure.identity.DefaultAzureCredentialBuilder;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the SDK client the way the original configures its Cosmos HTTP client: gateway mode (HTTP/1.1), 20
 * connections per host, throttled (429) requests retried up to 10 times by the SDK, and the diagnostics of slow
 * calls logged so a latency spike can be explained after the fact.
 */
public final class CosmosClients {
    private static final Logger LOG = Logger.getLogger(CosmosClients.class.getName());
    private static final int MAX_THROTTLING_RETRIES = 10;
    private static final Duration MAX_THROTTLING_WAIT = Duration.ofSeconds(30);
    private static final int MAX_CONNECTIONS = 20;
    private static final String PENDING_ACQUIRE_PROPERTY = "COSMOS.HTTP_PENDING_ACQUIRE_MAX_COUNT";
    private static final String PENDING_ACQUIRE_ENV = "COSMOS_HTTP_PENDING_ACQUIRE_MAX_COUNT";

    private CosmosClients() {
    }

    public static CosmosClient build(CosmosSettings settings) {
        // Callers beyond the 20 connections wait for one, as with the original's Go client, bounded by the SDK's
        // acquire timeout. The SDK's own limit on waiting callers (twice the pool: 40) failed calls at once with
        // status 0 when the backend's 100 workers and the frontend used the store together; the SDK reads the limit
        // only from this system property or environment variable, so it is set here unless an operator set it.
        if (System.getProperty(PENDING_ACQUIRE_PROPERTY) == null && System.getenv(PENDING_ACQUIRE_ENV) == null) {
            System.setProperty(PENDING_ACQUIRE_PROPERTY, "-1");
        }
        CosmosClientBuilder builder = new CosmosClientBuilder()
                .endpoint(settings.endpoint())
                .gatewayMode(new GatewayConnectionConfig().setMaxConnectionPoolSize(MAX_CONNECTIONS))
                .consistencyLevel(ConsistencyLevel.SESSION)
                .contentResponseOnWriteEnabled(true)
                .endpointDiscoveryEnabled(settings.endpointDiscovery())
                .throttlingRetryOptions(new ThrottlingRetryOptions()
                        .setMaxRetryAttemptsOnThrottledRequests(MAX_THROTTLING_RETRIES)
                        .setMaxRetryWaitTime(MAX_THROTTLING_WAIT))
                .clientTelemetryConfig(new CosmosClientTelemetryConfig()
                        .diagnosticsThresholds(new CosmosDiagnosticsThresholds()
                                .setPointOperationLatencyThreshold(settings.slowCall())
                                .setNonPointOperationLatencyThreshold(settings.slowCall().multipliedBy(4))
                                .setFailureHandler(CosmosClients::isUnexpectedFailure))
                        .diagnosticsHandler(CosmosClients::logSlowCall));
        if (settings.key().isPresent()) {
            builder.key(settings.key().get());
        } else {
            builder.credential(new DefaultAzureCredentialBuilder().build());
        }
        return builder.buildClient();
    }

    /** 404/409/412 are answers the database layer expects; only the store misbehaving is worth diagnostics. */
    private static boolean isUnexpectedFailure(int status, int subStatus) {
        return status >= 500 || status == 408 || status == 429 || status == 0;
    }

    private static void logSlowCall(CosmosDiagnosticsContext context, com.azure.core.util.Context trace) {
        if (context.isThresholdViolated() && LOG.isLoggable(Level.WARNING)) {
            LOG.warning("slow or failed Cosmos DB call " + context.getOperationType() + " " + context.getResourceType()
                    + " on " + context.getContainerName() + " took " + context.getDuration().toMillis() + " ms, status " + context.getStatusCode() + ": "
                    + context.toJson());
        }
    }
}
