package io.arorp.database.store.cosmos;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosDatabase;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosChangeFeedRequestOptions;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.FeedRange;
import com.azure.cosmos.models.FeedResponse;
import com.azure.cosmos.models.PartitionKey;
import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.ContainerSpec;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.Fields;
import io.arorp.database.store.Page;
import io.arorp.database.store.StoreException;
import io.arorp.database.store.StoreQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The document store on Cosmos DB (SQL API) through the azure-cosmos SDK. Cosmos itself provides etags, unique
 * keys, TTL, the change feed and runs the JavaScript triggers; this class only translates calls and errors.
 */
public final class CosmosDocumentStore implements DocumentStore {
    private final CosmosClient client;
    private final boolean ownsClient;
    private final CosmosDatabase database;
    private final String description;
    private final Map<String, ContainerSpec> specs = new ConcurrentHashMap<>();

    /** @param ownsClient close the client with this store (false when tests share one client across stores) */
    public CosmosDocumentStore(CosmosClient client, String databaseName, boolean ownsClient, String description) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.database = client.getDatabase(databaseName);
        this.description = description;
    }

    @Override
    public void ensureContainers(List<ContainerSpec> containers) {
        call("create database " + database.getId(), () -> client.createDatabaseIfNotExists(database.getId()));
        for (ContainerSpec spec : containers) {
            call("create container " + spec.name(), () -> {
                CosmosContainers.ensure(database, spec);
                return null;
            });
            specs.put(spec.name(), spec);
        }
    }

    @Override
    public ObjectNode create(String container, ObjectNode document, String... preTriggers) {
        ObjectNode body = Fields.withoutSystemFields(document);
        return call("create in " + container, () -> container(container)
                .createItem(body, partitionKey(container, body), options(null, preTriggers)).getItem());
    }

    @Override
    public Optional<ObjectNode> read(String container, String partitionKey, String id) {
        try {
            return Optional.of(container(container).readItem(id, new PartitionKey(partitionKey), ObjectNode.class)
                    .getItem());
        } catch (CosmosException e) {
            if (e.getStatusCode() == StoreException.NOT_FOUND) {
                return Optional.empty();
            }
            throw CosmosErrors.map(e, "read " + id + " in " + container);
        }
    }

    @Override
    public ObjectNode replace(String container, ObjectNode document, String ifMatch, String... preTriggers) {
        ObjectNode body = Fields.withoutSystemFields(document);
        String id = body.path("id").asText();
        return call("replace " + id + " in " + container, () -> container(container)
                .replaceItem(body, id, partitionKey(container, body), options(ifMatch, preTriggers)).getItem());
    }

    @Override
    public ObjectNode upsert(String container, ObjectNode document, String... preTriggers) {
        ObjectNode body = Fields.withoutSystemFields(document);
        return call("upsert in " + container, () -> container(container)
                .upsertItem(body, partitionKey(container, body), options(null, preTriggers)).getItem());
    }

    @Override
    public void delete(String container, String partitionKey, String id, String ifMatch) {
        call("delete " + id + " in " + container, () -> container(container)
                .deleteItem(id, new PartitionKey(partitionKey), options(ifMatch)));
    }

    @Override
    public Page query(String container, StoreQuery query, String partitionKey, String continuation, int maxItems) {
        List<SqlParameter> parameters = new ArrayList<>();
        query.parameters().forEach((name, value) -> parameters.add(new SqlParameter(name, value)));
        CosmosQueryRequestOptions options = new CosmosQueryRequestOptions();
        if (partitionKey != null) {
            options.setPartitionKey(new PartitionKey(partitionKey));
        }
        return call("query " + container, () -> {
            Iterator<FeedResponse<ObjectNode>> pages = container(container)
                    .queryItems(new SqlQuerySpec(query.sql(), parameters), options, ObjectNode.class)
                    .iterableByPage(continuation, maxItems).iterator();
            // Cross-partition queries may answer with empty pages that only carry a continuation: skip them.
            while (pages.hasNext()) {
                FeedResponse<ObjectNode> page = pages.next();
                if (!page.getResults().isEmpty() || page.getContinuationToken() == null) {
                    return new Page(page.getResults(), page.getContinuationToken());
                }
            }
            return new Page(List.of(), null);
        });
    }

    @Override
    public Page changeFeed(String container, String continuation, int maxItems) {
        CosmosChangeFeedRequestOptions options = continuation == null
                ? CosmosChangeFeedRequestOptions.createForProcessingFromBeginning(FeedRange.forFullRange())
                : CosmosChangeFeedRequestOptions.createForProcessingFromContinuation(continuation);
        options.setMaxItemCount(maxItems);
        return call("change feed of " + container, () -> {
            Iterator<FeedResponse<ObjectNode>> pages = container(container)
                    .queryChangeFeed(options, ObjectNode.class).iterableByPage().iterator();
            if (!pages.hasNext()) {
                throw new IllegalStateException("the change feed of " + container + " returned no page");
            }
            FeedResponse<ObjectNode> page = pages.next();
            return new Page(page.getResults(), page.getContinuationToken());
        });
    }

    @Override
    public void ping() {
        call("ping", database::read);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    private CosmosContainer container(String name) {
        if (!specs.containsKey(name)) {
            throw new IllegalStateException("container " + name + " was not created (call ensureContainers at start-up)");
        }
        return database.getContainer(name);
    }

    private PartitionKey partitionKey(String container, ObjectNode body) {
        String field = specs.get(container).partitionKeyField();
        String value = Fields.text(body, field);
        if (value == null || value.isEmpty()) {
            throw new StoreException(StoreException.BAD_REQUEST, "document in " + container + " lacks " + field);
        }
        return new PartitionKey(value);
    }

    private static CosmosItemRequestOptions options(String ifMatch, String... preTriggers) {
        CosmosItemRequestOptions options = new CosmosItemRequestOptions();
        if (ifMatch != null) {
            options.setIfMatchETag(ifMatch);
        }
        if (preTriggers.length > 0) {
            options.setPreTriggerInclude(List.of(preTriggers));
        }
        return options;
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (CosmosException e) {
            throw CosmosErrors.map(e, what);
        }
    }
}
