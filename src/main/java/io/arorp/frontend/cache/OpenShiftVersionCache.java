package io.arorp.frontend.cache;

import io.arorp.api.OpenShiftVersion;
import io.arorp.database.OpenShiftVersionDocument;
import io.arorp.database.OpenShiftVersions;
import io.arorp.frontend.EnabledVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The enabled OpenShift versions, kept current from the OpenShiftVersions change feed (every 10 s, as the original). */
@ApplicationScoped
public class OpenShiftVersionCache implements EnabledVersions {
    private FeedCache<OpenShiftVersionDocument, OpenShiftVersion> cache;

    @Inject
    public OpenShiftVersionCache(OpenShiftVersions versions) {
        this.cache = new FeedCache<>(() -> versions.changeFeed(null), OpenShiftVersionDocument::getOpenShiftVersion,
                v -> v.getProperties() == null ? null : v.getProperties().getVersion(),
                v -> !Boolean.TRUE.equals(v.getDeleting()) && Boolean.TRUE.equals(v.getProperties().getEnabled()));
    }

    protected OpenShiftVersionCache() {
    }

    public void refresh() {
        cache.refresh();
    }

    public boolean isPrimed() {
        return cache.isPrimed();
    }

    /** Enabled versions, newest first. */
    public List<OpenShiftVersion> all() {
        return cache.values().stream()
                .sorted(Comparator.comparing((OpenShiftVersion v) -> v.getProperties().getVersion(),
                        VersionOrder.SEMVER).reversed())
                .toList();
    }

    public Optional<OpenShiftVersion> get(String version) {
        return cache.get(version);
    }

    @Override
    public Optional<String> defaultVersion() {
        return cache.values().stream()
                .filter(v -> Boolean.TRUE.equals(v.getProperties().getIsDefault()))
                .map(v -> v.getProperties().getVersion())
                .max(VersionOrder.SEMVER);
    }

    @Override
    public boolean isEnabled(String version) {
        return version != null && cache.get(version).isPresent();
    }
}
