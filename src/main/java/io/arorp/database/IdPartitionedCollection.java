package io.arorp.database;

import io.arorp.database.store.ContainerSpec;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.StoreQuery;
import java.util.List;
import java.util.Optional;

/**
 * The operations of the small containers partitioned by id (versions, role sets, portal, gateway): each document is
 * its own partition, read by id and written with the usual etag discipline.
 */
public abstract class IdPartitionedCollection<D extends Document> {
    final DocumentCollection<D> c;
    private final StoreQuery all;

    IdPartitionedCollection(DocumentStore store, ContainerSpec spec, DocumentCodec codec, Class<D> type) {
        this.c = new DocumentCollection<>(store, spec, codec, type);
        this.all = StoreQuery.of("SELECT * FROM " + spec.name() + " doc", (d, p, now) -> true);
    }

    /** {@link PreconditionFailedException} if the id is taken. */
    public D create(D doc) {
        return c.create(doc);
    }

    public Optional<D> get(String id) {
        return c.get(id, id);
    }

    /** Writes back a document read earlier; {@link PreconditionFailedException} if it changed since. */
    public D update(D doc) {
        return c.replace(doc);
    }

    public D patch(String id, Mutation<D> mutation) {
        return c.patch(() -> get(id).orElseThrow(
                () -> new DocumentNotFoundException(c.name() + " " + id + " does not exist")), mutation);
    }

    public void delete(D doc) {
        c.delete(doc.getId(), doc);
    }

    public List<D> listAll() {
        return c.all(all, null);
    }

    public ChangeFeed<D> changeFeed(String continuation) {
        return c.changeFeed(continuation);
    }
}
