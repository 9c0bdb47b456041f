package io.arorp.database;

import io.arorp.database.store.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the collection classes injectable. They stay plain classes with final fields (tests build them directly);
 * this producer only wires the store, codec and lease owner the environment provides.
 */
@ApplicationScoped
public class CollectionProducer {
    @Produces
    @Singleton
    OpenShiftClusters openShiftClusters(DocumentStore store, DocumentCodec codec, LeaseOwner owner) {
        return new OpenShiftClusters(store, codec, owner);
    }

    @Produces
    @Singleton
    Subscriptions subscriptions(DocumentStore store, DocumentCodec codec, LeaseOwner owner) {
        return new Subscriptions(store, codec, owner);
    }

    @Produces
    @Singleton
    AsyncOperations asyncOperations(DocumentStore store, DocumentCodec codec) {
        return new AsyncOperations(store, codec);
    }

    @Produces
    @Singleton
    Billing billing(DocumentStore store, DocumentCodec codec) {
        return new Billing(store, codec);
    }

    @Produces
    @Singleton
    OpenShiftVersions openShiftVersions(DocumentStore store, DocumentCodec codec) {
        return new OpenShiftVersions(store, codec);
    }

    @Produces
    @Singleton
    PlatformWorkloadIdentityRoleSets platformWorkloadIdentityRoleSets(DocumentStore store, DocumentCodec codec) {
        return new PlatformWorkloadIdentityRoleSets(store, codec);
    }

    @Produces
    @Singleton
    PoolWorkers poolWorkers(DocumentStore store, DocumentCodec codec, LeaseOwner owner) {
        return new PoolWorkers(store, codec, owner);
    }

    @Produces
    @Singleton
    Portal portal(DocumentStore store, DocumentCodec codec) {
        return new Portal(store, codec);
    }

    @Produces
    @Singleton
    Gateway gateway(DocumentStore store, DocumentCodec codec) {
        return new Gateway(store, codec);
    }

    @Produces
    @Singleton
    MaintenanceManifests maintenanceManifests(DocumentStore store, DocumentCodec codec, LeaseOwner owner) {
        return new MaintenanceManifests(store, codec, owner);
    }

    @Produces
    @Singleton
    MaintenanceSchedules maintenanceSchedules(DocumentStore store, DocumentCodec codec) {
        return new MaintenanceSchedules(store, codec);
    }
}
