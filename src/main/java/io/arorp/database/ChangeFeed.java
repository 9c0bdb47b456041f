package io.arorp.database;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.DocumentStore;
import io.arorp.database.store.Page;
import java.util.List;

/**
 * A reader of one container's change feed that remembers where it is, like the original's change-feed iterators:
 * each {@link #next} returns the documents changed since the previous call (latest version of each), oldest first.
 * Deletes are not reported, which is why the RP deletes softly (a {@code deleting} flag) where a cache must learn of it.
 * Not thread-safe: one consumer per instance.
 */
public final class ChangeFeed<D extends Document> {
    private final DocumentStore store;
    private final String container;
    private final DocumentCodec codec;
    private final Class<D> type;
    private String continuation;

    ChangeFeed(DocumentStore store, String container, DocumentCodec codec, Class<D> type, String continuation) {
        this.store = store;
        this.container = container;
        this.codec = codec;
        this.type = type;
        this.continuation = continuation;
    }

    /** Up to {@code maxItems} changed documents; empty when nothing changed since the last call. */
    public List<D> next(int maxItems) {
        Page page = store.changeFeed(container, continuation, maxItems);
        continuation = page.continuation();
        return page.items().stream().map(node -> codec.fromJson((ObjectNode) node, type)).toList();
    }

    /** Where this reader is; a new reader created with it resumes here (e.g. after a restart). */
    public String continuation() {
        return continuation;
    }
}
