package io.arorp.database;

import io.arorp.database.store.DocumentStore;

/** The OpenShiftVersions container; the frontend caches it through the change feed. */
public final class OpenShiftVersions extends IdPartitionedCollection<OpenShiftVersionDocument> {
    public OpenShiftVersions(DocumentStore store, DocumentCodec codec) {
        super(store, Containers.OPENSHIFT_VERSIONS, codec, OpenShiftVersionDocument.class);
    }
}
