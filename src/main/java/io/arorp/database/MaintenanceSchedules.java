package io.arorp.database;

import io.arorp.database.store.DocumentStore;

/** The MaintenanceSchedules container (partition = id): SREs write schedules, the MIMO scheduler reads them. */
public final class MaintenanceSchedules extends IdPartitionedCollection<MaintenanceScheduleDocument> {
    public MaintenanceSchedules(DocumentStore store, DocumentCodec codec) {
        super(store, Containers.MAINTENANCE_SCHEDULES, codec, MaintenanceScheduleDocument.class);
    }
}
