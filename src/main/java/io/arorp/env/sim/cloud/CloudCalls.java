package io.arorp.env.sim.cloud;

import io.arorp.api.CloudException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Every simulated cloud operation passes through here: the configured latency, then the first matching fault, then
 * the operation, counted per operation and resource (tests prove with the counts that a resumed job did not repeat
 * an effect). Faults live in memory: they are test and debugging tools, not cloud state.
 */
public final class CloudCalls {
    private final Duration latency;
    private final Map<String, Injected> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** An injected fault and how many more calls it may hit. */
    private record Injected(String id, Fault fault, AtomicInteger remaining) {
    }

    public CloudCalls(Duration latency) {
        this.latency = latency;
    }

    public <T> T call(String operation, String resourceId, Supplier<T> body) {
        pause(latency);
        Optional<Injected> fault = take(operation, resourceId);
        if (fault.isPresent()) {
            apply(fault.get());
        }
        T result = body.get();
        counts.computeIfAbsent(operation + " " + (resourceId == null ? "" : resourceId.toLowerCase()),
                k -> new AtomicLong()).incrementAndGet();
        return result;
    }

    public void run(String operation, String resourceId, Runnable body) {
        call(operation, resourceId, () -> {
            body.run();
            return null;
        });
    }

    /** Returns the fault's id, for {@link #remove}. */
    public String inject(Fault fault) {
        String id = "fault-" + ids.incrementAndGet();
        faults.put(id, new Injected(id, fault, new AtomicInteger(fault.times() > 0 ? fault.times() : -1)));
        return id;
    }

    /** Removes a fault and releases the calls it holds (a hold fault stays until removed, even once used up). */
    public boolean remove(String id) {
        Injected removed = faults.remove(id);
        if (removed != null) {
            synchronized (removed) {
                removed.notifyAll();
            }
        }
        return removed != null;
    }

    public void removeAll() {
        List.copyOf(faults.keySet()).forEach(this::remove);
    }

    public Map<String, Fault> faults() {
        Map<String, Fault> view = new java.util.TreeMap<>();
        faults.values().forEach(i -> view.put(i.id(), i.fault()));
        return view;
    }

    /** Completed calls of {@code operation} on {@code resourceId} (any casing). */
    public long count(String operation, String resourceId) {
        AtomicLong n = counts.get(operation + " " + resourceId.toLowerCase());
        return n == null ? 0 : n.get();
    }

    /** Completed calls of {@code operation} on any resource. */
    public long count(String operation) {
        List<Long> matching = new ArrayList<>();
        counts.forEach((k, v) -> {
            if (k.startsWith(operation + " ")) {
                matching.add(v.get());
            }
        });
        return matching.stream().mapToLong(Long::longValue).sum();
    }

    private Optional<Injected> take(String operation, String resourceId) {
        for (Injected injected : faults.values()) {
            if (injected.fault().matches(operation, resourceId)) {
                int left = injected.remaining().getAndUpdate(n -> n > 0 ? n - 1 : n);
                if (left != 0) {
                    if (left == 1 && !injected.fault().hold()) {
                        faults.remove(injected.id(), injected);
                    }
                    return Optional.of(injected);
                }
            }
        }
        return Optional.empty();
    }

    private void apply(Injected injected) {
        Fault fault = injected.fault();
        if (fault.delay() != null) {
            pause(fault.delay());
        }
        if (fault.hold()) {
            synchronized (injected) {
                while (faults.containsKey(injected.id())) {
                    try {
                        injected.wait(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CloudException(503, "ServiceUnavailable", null, "the call was interrupted");
                    }
                }
            }
        }
        if (fault.status() != 0) {
            throw new CloudException(fault.status(), fault.code(), null,
                    fault.message() == null ? "Injected fault." : fault.message());
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(503, "ServiceUnavailable", null, "the call was interrupted");
        }
    }
}
