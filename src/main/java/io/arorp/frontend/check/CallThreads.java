package io.arorp.frontend.check;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Threads of their own for the calls a request makes outside the RP with a time budget (create checks, GET
 * enrichment). Not Liberty's shared managed executor: the backend's long jobs run there, and a request's call queued
 * behind them used up its whole budget waiting for a thread (seen: a create's checks timed out after 10 s while three
 * installs ran). Threads come from the managed thread factory (application context available) and are made on demand
 * up to {@value #MAX}; beyond that a call is refused at once rather than queued.
 */
@ApplicationScoped
public class CallThreads {
    static final int MAX = 64;

    @Resource
    private ManagedThreadFactory threads;

    private ExecutorService executor;

    @PostConstruct
    void start() {
        executor = new ThreadPoolExecutor(0, MAX, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    public ExecutorService executor() {
        return executor;
    }
}
