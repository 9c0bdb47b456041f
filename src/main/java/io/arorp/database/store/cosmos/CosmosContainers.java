package io.arorp.database.store.cosmos;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosDatabase;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.azure.cosmos.models.CosmosTriggerProperties;
import com.azure.cosmos.models.TriggerOperation;
import com.azure.cosmos.models.TriggerType;
import com.azure.cosmos.models.UniqueKey;
import com.azure.cosmos.models.UniqueKeyPolicy;
import io.arorp.database.store.ContainerSpec;
import io.arorp.database.store.Trigger;
import java.util.List;

/**
 * Creates containers as the original's deployment template does, and (re)deploys their triggers on every start so
 * a changed trigger reaches Cosmos with the release that changed it. Existing containers are left as they are:
 * Cosmos cannot change a partition key or unique keys in place.
 */
final class CosmosContainers {
    private CosmosContainers() {
    }

    static void ensure(CosmosDatabase database, ContainerSpec spec) {
        CosmosContainerProperties properties = new CosmosContainerProperties(spec.name(), spec.partitionKeyPath());
        if (!spec.uniqueKeyPaths().isEmpty()) {
            properties.setUniqueKeyPolicy(new UniqueKeyPolicy().setUniqueKeys(
                    spec.uniqueKeyPaths().stream().map(path -> new UniqueKey(List.of(path))).toList()));
        }
        if (spec.defaultTtl() != null) {
            properties.setDefaultTimeToLiveInSeconds(spec.defaultTtl());
        }
        database.createContainerIfNotExists(properties);
        CosmosContainer container = database.getContainer(spec.name());
        for (Trigger trigger : spec.triggers()) {
            deploy(container, trigger);
        }
    }

    private static void deploy(CosmosContainer container, Trigger trigger) {
        TriggerOperation operation = switch (trigger.operation()) {
            case ALL -> TriggerOperation.ALL;
            case CREATE -> TriggerOperation.CREATE;
            case REPLACE -> TriggerOperation.REPLACE;
        };
        CosmosTriggerProperties existing;
        try {
            // replace needs the server's copy (it carries the resource link), so read first
            existing = container.getScripts().getTrigger(trigger.name()).read().getProperties();
        } catch (CosmosException e) {
            if (e.getStatusCode() != 404) {
                throw e;
            }
            CosmosTriggerProperties created = new CosmosTriggerProperties(trigger.name(), trigger.javascript());
            created.setTriggerType(TriggerType.PRE);
            created.setTriggerOperation(operation);
            container.getScripts().createTrigger(created);
            return;
        }
        if (!trigger.javascript().equals(existing.getBody()) || existing.getTriggerOperation() != operation
                || existing.getTriggerType() != TriggerType.PRE) {
            existing.setBody(trigger.javascript());
            existing.setTriggerType(TriggerType.PRE);
            existing.setTriggerOperation(operation);
            container.getScripts().getTrigger(trigger.name()).replace(existing);
        }
    }
}
