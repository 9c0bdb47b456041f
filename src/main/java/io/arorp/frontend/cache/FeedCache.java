package io.arorp.frontend.cache;

import io.arorp.database.ChangeFeed;
import io.arorp.database.Document;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A map kept current from a collection's change feed. Change feeds do not show deletes, so documents are deleted
 * softly: a document that is no longer {@code live} drops out of the map.
 *
 * @param <D> the document type
 * @param <T> the cached value
 */
final class FeedCache<D extends Document, T> {
    private static final Logger LOG = Logger.getLogger(FeedCache.class.getName());
    private static final int BATCH = 50;

    private final Map<String, T> values = new ConcurrentHashMap<>();
    private final Supplier<ChangeFeed<D>> feedFromStart;
    private final Function<D, T> value;
    private final Function<T, String> key;
    private final Predicate<T> live;
    private ChangeFeed<D> feed;
    private volatile boolean primed;

    FeedCache(Supplier<ChangeFeed<D>> feedFromStart, Function<D, T> value, Function<T, String> key,
            Predicate<T> live) {
        this.feedFromStart = feedFromStart;
        this.value = value;
        this.key = key;
        this.live = live;
    }

    /** Reads what changed since the last call; a failure keeps the previous state and is retried next time. */
    synchronized void refresh() {
        try {
            if (feed == null) {
                feed = feedFromStart.get();
            }
            List<D> page;
            do {
                page = feed.next(BATCH);
                page.forEach(this::apply);
            } while (page.size() == BATCH);
            primed = true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "refreshing a frontend cache failed; keeping its previous state", e);
        }
    }

    private void apply(D doc) {
        T v = value.apply(doc);
        String k = v == null ? null : key.apply(v);
        if (k == null) {
            return;
        }
        if (live.test(v)) {
            values.put(k, v);
        } else {
            values.remove(k);
        }
    }

    boolean isPrimed() {
        return primed;
    }

    Collection<T> values() {
        return values.values();
    }

    Optional<T> get(String k) {
        return Optional.ofNullable(values.get(k));
    }
}
