package io.arorp.database;

import io.arorp.database.store.DocumentStore;

/** The PlatformWorkloadIdentityRoleSets container; the frontend caches it through the change feed. */
public final class PlatformWorkloadIdentityRoleSets
        extends IdPartitionedCollection<PlatformWorkloadIdentityRoleSetDocument> {
    public PlatformWorkloadIdentityRoleSets(DocumentStore store, DocumentCodec codec) {
        super(store, Containers.PLATFORM_WORKLOAD_IDENTITY_ROLE_SETS, codec,
                PlatformWorkloadIdentityRoleSetDocument.class);
    }
}
