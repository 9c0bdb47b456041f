package io.arorp.backend;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * The backend's EJB timer: starts the backend with the application and wakes its dispatcher every tick, the safety
 * net for work no event announced (another RP instance's writes, leases that lapsed). Only starts the real work.
 * Field injection: the EJB container needs a no-argument constructor.
 */
@Singleton
@Startup
public class BackendTimer {
    @Inject
    Backend backend;
    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        if (backend.enabled()) {
            backend.start();
            long tick = backend.tick().toMillis();
            timers.createIntervalTimer(tick, tick, new TimerConfig("backend-tick", false));
        }
    }

    @Timeout
    void tick() {
        backend.wake();
    }
}
