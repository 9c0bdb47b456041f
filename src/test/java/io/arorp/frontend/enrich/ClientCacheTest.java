package io.arorp.frontend.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.arorp.api.Secret;
import io.kubernetes.client.openapi.ApiClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A GET reuses a cluster's client while its kubeconfig is the same and it is among the recently asked. */
class ClientCacheTest {
    private final AtomicInteger built = new AtomicInteger();
    private final ClientCache cache = new ClientCache(kubeconfig -> {
        built.incrementAndGet();
        return new ApiClient();
    }, 2);

    @Test
    void theSameKubeconfigGetsTheSameClient() {
        ApiClient first = cache.client(Secret.of("kubeconfig-a"));
        assertSame(first, cache.client(Secret.of("kubeconfig-a")));
        assertNotSame(first, cache.client(Secret.of("kubeconfig-a-rotated")));
        assertEquals(2, built.get());
    }

    @Test
    void theLeastRecentlyAskedIsDroppedBeyondCapacity() {
        ApiClient a = cache.client(Secret.of("a"));
        cache.client(Secret.of("b"));
        cache.client(Secret.of("a"));
        cache.client(Secret.of("c")); // drops b, the least recently asked
        assertEquals(2, cache.size());
        assertSame(a, cache.client(Secret.of("a")));
        assertEquals(3, built.get());
        cache.client(Secret.of("b"));
        assertEquals(4, built.get());
    }
}
