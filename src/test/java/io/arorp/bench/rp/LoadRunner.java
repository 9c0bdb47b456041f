package io.arorp.bench.rp;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: a fixed pool of {@code clients} threads, each sending its next request as soon as the previous
 * answer arrived, for a warm-up and then a measured window. Only requests started inside the window count.
 * Closed loop means a slow answer delays the next request (coordinated omission): percentiles are per answered
 * request at the rate the server sustained, not at a fixed offered rate.
 */
final class LoadRunner {
    private static final long MAX_MICROS = 120_000_000L;

    private LoadRunner() {
    }

    /** {@code serverCpuSeconds}: the RP process's CPU time so far, sampled at the window's start and end. */
    static Result run(String scenario, int clients, HttpClient http, Supplier<Op> ops, Duration warmup,
            Duration measure, DoubleSupplier serverCpuSeconds) throws Exception {
        long start = System.nanoTime();
        long windowStart = start + warmup.toNanos();
        long windowEnd = windowStart + measure.toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong(windowStart);
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Histogram>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> client(http, ops.get(), windowStart, windowEnd, errors, lastEnd,
                        firstError)));
            }
            sleepUntil(windowStart);
            double cpuStart = serverCpuSeconds.getAsDouble();
            sleepUntil(windowEnd);
            double cpu = serverCpuSeconds.getAsDouble() - cpuStart;
            Histogram all = new Histogram(MAX_MICROS, 3);
            for (Future<Histogram> f : futures) {
                all.add(f.get());
            }
            long end = Math.min(windowEnd, lastEnd.get());
            double seconds = Math.max(0, end - windowStart) / 1e9;
            return new Result(scenario, clients, all.getTotalCount(), errors.get(), seconds,
                    ms(all, 50), ms(all, 99), ms(all, 99.9), all.getMaxValue() / 1000.0,
                    cpu * 1000 / Math.max(1, all.getTotalCount() + errors.get()), firstError.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Histogram client(HttpClient http, Op op, long windowStart, long windowEnd, AtomicLong errors,
            AtomicLong lastEnd, AtomicReference<String> firstError) {
        Histogram h = new Histogram(MAX_MICROS, 3);
        while (System.nanoTime() < windowEnd) {
            HttpRequest request = op.next();
            if (request == null) {
                break;
            }
            long t0 = System.nanoTime();
            boolean ok;
            String error = null;
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                ok = op.accept(r);
                if (!ok) {
                    error = request.method() + " " + request.uri().getPath() + " -> " + r.statusCode() + " "
                            + r.body().substring(0, Math.min(300, r.body().length()));
                }
            } catch (Exception e) {
                ok = false;
                error = request.method() + " " + request.uri().getPath() + " -> " + e;
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            long t1 = System.nanoTime();
            if (!ok && t0 < windowStart) {
                firstError.compareAndSet(null, "(warm-up) " + error);
            }
            if (t0 >= windowStart && t0 < windowEnd) {
                if (ok) {
                    h.recordValue(Math.min(MAX_MICROS, Math.max(1, (t1 - t0) / 1000)));
                } else {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, error);
                }
                lastEnd.accumulateAndGet(t1, Math::max);
            }
        }
        return h;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
