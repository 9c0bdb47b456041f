package io.arorp.frontend.cache;

import io.arorp.api.OpenShiftVersion;
import io.arorp.database.ChangeFeed;
import io.arorp.database.OpenShiftVersionDocument;
import io.arorp.database.OpenShiftVersions;
import io.arorp.frontend.EnabledVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The enabled OpenShift versions, kept current from the OpenShiftVersions change feed (the original polls it every
 * 10 s). A version marked deleting or disabled drops out; deletes are soft because change feeds do not show them.
 */
@ApplicationScoped
public class OpenShiftVersionCache implements EnabledVersions {
    private static final Logger LOG = Logger.getLogger(OpenShiftVersionCache.class.getName());
    private static final int BATCH = 50;

    private final Map<String, OpenShiftVersion> enabled = new ConcurrentHashMap<>();
    private OpenShiftVersions versions;
    private ChangeFeed<OpenShiftVersionDocument> feed;
    private volatile boolean primed;

    @Inject
    public OpenShiftVersionCache(OpenShiftVersions versions) {
        this.versions = versions;
    }

    protected OpenShiftVersionCache() {
    }

    /** Reads what changed since the last call; called by {@link CacheRefresher}. */
    public synchronized void refresh() {
        try {
            if (feed == null) {
                feed = versions.changeFeed(null);
            }
            List<OpenShiftVersionDocument> page;
            do {
                page = feed.next(BATCH);
                page.forEach(this::apply);
            } while (page.size() == BATCH);
            primed = true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "refreshing the OpenShift version cache failed; keeping the previous state", e);
        }
    }

    private void apply(OpenShiftVersionDocument doc) {
        OpenShiftVersion v = doc.getOpenShiftVersion();
        if (v == null || v.getProperties() == null || v.getProperties().getVersion() == null) {
            return;
        }
        boolean live = !Boolean.TRUE.equals(v.getDeleting()) && Boolean.TRUE.equals(v.getProperties().getEnabled());
        if (live) {
            enabled.put(v.getProperties().getVersion(), v);
        } else {
            enabled.remove(v.getProperties().getVersion());
        }
    }

    public boolean isPrimed() {
        return primed;
    }

    /** Enabled versions, newest first. */
    public List<OpenShiftVersion> all() {
        return enabled.values().stream()
                .sorted(Comparator.comparing((OpenShiftVersion v) -> v.getProperties().getVersion(),
                        VersionOrder.SEMVER).reversed())
                .toList();
    }

    public Optional<OpenShiftVersion> get(String version) {
        return Optional.ofNullable(enabled.get(version));
    }

    @Override
    public Optional<String> defaultVersion() {
        return enabled.values().stream()
                .filter(v -> Boolean.TRUE.equals(v.getProperties().getIsDefault()))
                .map(v -> v.getProperties().getVersion())
                .max(VersionOrder.SEMVER);
    }

    @Override
    public boolean isEnabled(String version) {
        return version != null && enabled.containsKey(version);
    }
}
