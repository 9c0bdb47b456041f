package io.arorp.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The backend's metrics in MicroProfile Metrics ({@code /metrics}): the original's per-step durations become one
 * timer tagged with operation and step, so dashboards query one name instead of a name per step.
 */
@ApplicationScoped
public class MetricsBackendMetrics implements BackendMetrics {
    private MetricRegistry registry;

    @Inject
    public MetricsBackendMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    protected MetricsBackendMetrics() {
    }

    @Override
    public void record(String operation, String step, Duration duration, boolean succeeded) {
        registry.timer("backend.openshiftcluster.step.duration", new Tag("operation", operation), new Tag("step", step),
                new Tag("succeeded", Boolean.toString(succeeded))).update(duration);
    }

    @Override
    public void job(String state, String outcome, Duration duration) {
        registry.counter("backend.openshiftcluster.count", new Tag("state", state), new Tag("outcome", outcome)).inc();
        registry.timer("backend.openshiftcluster.duration", new Tag("state", state)).update(duration);
    }

    @Override
    public void pickup(Duration waited) {
        registry.timer("backend.openshiftcluster.pickup").update(waited);
    }

    /** The original's {@code backend.openshiftcluster.workers.count}, plus the peak since start. */
    @Override
    public void workers(IntSupplier active, IntSupplier peak) {
        registry.gauge("backend.openshiftcluster.workers.count", active::getAsInt);
        registry.gauge("backend.openshiftcluster.workers.peak", peak::getAsInt);
    }
}
