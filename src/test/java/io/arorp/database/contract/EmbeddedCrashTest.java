package io.arorp.database.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.database.LeaseOwner;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM holding a lease is killed (SIGKILL, no shutdown hook, store not closed). After the lease period another
 * process opens the same file, dequeues the document, and finds everything the dead one wrote.
 */
class EmbeddedCrashTest implements DatabaseContract {
    static final String KEY = DatabaseContract.key("sub", "rg", "crash");
    private static final int OTHERS = 50;

    @TempDir
    Path dir;
    private EmbeddedFixture fixture;

    @Test
    void aKilledLeaseHolderLosesNothingAndItsLeaseIsTakenOver() throws Exception {
        Path file = dir.resolve("store.mv.db");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), file.toString(), Integer.toString(OTHERS)).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder log = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("LEASED")) {
                log.append(line).append('\n');
            }
            assertEquals("LEASED", line, "child output:\n" + log);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        fixture = new EmbeddedFixture(file);
        try {
            OpenShiftClusters survivor = new OpenShiftClusters(fixture.store(), codec(), new LeaseOwner("survivor"));
            assertTrue(survivor.dequeue().isEmpty(), "the dead process's lease still runs");
            fixture.advance(Duration.ofSeconds(61));
            OpenShiftClusterDocument taken = survivor.dequeue().orElseThrow();
            assertEquals(KEY, taken.getKey());
            assertEquals("survivor", taken.getLeaseOwner());
            assertEquals(2, taken.getDequeues());
            assertEquals("written-under-lease", taken.getOpenShiftCluster().getProperties().getInfraId());
            assertEquals(OTHERS + 1, survivor.list(null, 1000).items().size());
        } finally {
            fixture.close();
        }
    }

    @Override
    public StoreFixture fixture() {
        return fixture;
    }
}
