package io.arorp.database.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arorp.api.ProvisioningState;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.PreconditionFailedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many writers at once: no lost update, no document leased twice. */
public interface ConcurrencyContract extends DatabaseContract {
    int THREADS = 6;

    @Test
    default void concurrentPatchersLoseNoUpdate() throws Exception {
        String key = DatabaseContract.key("sub", "rg", "counter");
        clusters("a").create(cluster(key, ProvisioningState.SUCCEEDED));
        int perThread = 8;
        AtomicInteger gaveUp = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                OpenShiftClusters clusters = clusters("writer-" + t);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        while (true) { // like the frontend, retry the whole step when the patch's budget is spent
                            try {
                                clusters.patch(key, d -> d.setBucket(d.getBucket() + 1));
                                break;
                            } catch (PreconditionFailedException e) {
                                gaveUp.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(THREADS * perThread, clusters("a").get(key).orElseThrow().getBucket(),
                "every increment survives (" + gaveUp.get() + " patches exhausted their retries and were redone)");
    }

    /**
     * More callers at once than the store has connections (the RP runs 100 workers beside the frontend): each waits
     * for its turn, none is refused.
     */
    @Test
    default void moreCallersThanConnectionsAllGetAnswers() throws Exception {
        String key = DatabaseContract.key("sub", "rg", "popular");
        clusters("a").create(cluster(key, ProvisioningState.SUCCEEDED));
        int callers = 150;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                OpenShiftClusters reader = clusters("reader-" + t);
                futures.add(pool.submit(() -> {
                    start.await();
                    String read = null;
                    for (int i = 0; i < 3; i++) {
                        read = reader.get(key).orElseThrow().getKey();
                    }
                    return read;
                }));
            }
            start.countDown();
            for (Future<String> f : futures) {
                assertEquals(key, f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void twoDequeuersNeverLeaseTheSameDocument() throws Exception {
        int documents = 24;
        for (int i = 0; i < documents; i++) {
            clusters("setup").create(cluster(DatabaseContract.key("sub" + (i % 4), "rg", "c" + i),
                    ProvisioningState.CREATING));
        }
        ConcurrentLinkedQueue<String> leased = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                OpenShiftClusters worker = clusters("worker-" + t);
                futures.add(pool.submit(() -> {
                    for (var doc = worker.dequeue(); doc.isPresent(); doc = worker.dequeue()) {
                        leased.add(doc.get().getKey() + " by " + doc.get().getLeaseOwner());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> keys = new HashSet<>();
        leased.forEach(entry -> keys.add(entry.substring(0, entry.indexOf(" by "))));
        assertEquals(documents, leased.size(), "each document leased exactly once: " + leased);
        assertEquals(documents, keys.size());
        for (OpenShiftClusterDocument doc : clusters("check").list(null, 100).items()) {
            assertEquals(1, doc.getDequeues(), doc.getKey());
        }
    }
}
