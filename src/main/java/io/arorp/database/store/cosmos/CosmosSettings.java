package io.arorp.database.store.cosmos;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach Cosmos DB.
 *
 * @param endpoint          the account endpoint, e.g. {@code https://aro-eastus.documents.azure.com:443/}
 * @param key               the account key; empty means AAD (managed or workload identity) through azure-identity
 * @param database          the database name ({@code ARO} in prod)
 * @param endpointDiscovery follow the account's regional endpoints (off for a local test server)
 * @param slowCall          point operations slower than this (queries: four times this) log their diagnostics
 */
public record CosmosSettings(String endpoint, Optional<String> key, String database, boolean endpointDiscovery,
        Duration slowCall) {
    public CosmosSettings {
        Objects.requireNonNull(endpoint, "aro.store.cosmos.endpoint must be set when aro.store.kind=cosmos");
        Objects.requireNonNull(database, "database");
        key = key.filter(k -> !k.isBlank());
    }

    @Override
    public String toString() {
        return "cosmos:" + endpoint + "/" + database; // never the key
    }
}
