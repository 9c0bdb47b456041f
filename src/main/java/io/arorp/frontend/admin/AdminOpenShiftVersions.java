package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftVersion;
import io.arorp.api.OpenShiftVersionProperties;
import io.arorp.api.admin.AdminApiVersion;
import io.arorp.api.admin.CatalogValidator;
import io.arorp.api.admin.Types;
import io.arorp.database.OpenShiftVersionDocument;
import io.arorp.database.OpenShiftVersions;
import io.arorp.env.Ids;
import io.arorp.frontend.action.ArmResult;
import io.arorp.frontend.cache.OpenShiftVersionCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The install versions SREs manage: list every stored version (disabled ones too), and create or update one by its
 * version string. The default version can never be disabled, or new clusters would have nothing to install. After a
 * write this instance's cache reads the change feed at once; other instances follow within their refresh interval.
 */
@ApplicationScoped
public class AdminOpenShiftVersions {
    private OpenShiftVersions versions;
    private OpenShiftVersionCache cache;
    private AdminApiVersion admin;
    private Ids ids;

    @Inject
    public AdminOpenShiftVersions(OpenShiftVersions versions, OpenShiftVersionCache cache, AdminApiVersion admin,
            Ids ids) {
        this.versions = versions;
        this.cache = cache;
        this.admin = admin;
        this.ids = ids;
    }

    protected AdminOpenShiftVersions() {
    }

    public ArmResult list() {
        List<OpenShiftVersion> all = versions.listAll().stream().map(OpenShiftVersionDocument::getOpenShiftVersion)
                .filter(v -> !Boolean.TRUE.equals(v.getDeleting())).toList();
        return ArmResult.of(200, admin.openShiftVersions().orElseThrow().toExternalList(all, null));
    }

    public ArmResult put(byte[] body) {
        Types.OpenShiftVersion ext = AdminBodies.read(body, Types.OpenShiftVersion.class);
        Types.OpenShiftVersionProperties p = ext.properties();
        Optional<OpenShiftVersionDocument> existing = p == null || p.version() == null ? Optional.empty()
                : find(p.version());
        boolean isDefault = p != null && (Boolean.TRUE.equals(p.isDefault()) || existing
                .map(d -> Boolean.TRUE.equals(d.getOpenShiftVersion().getProperties().getIsDefault())).orElse(false));
        if (isDefault && !Boolean.TRUE.equals(p.enabled())) {
            throw new CloudException(400, "InvalidParameter", "properties.enabled",
                    "You cannot disable the default installation version.");
        }
        CatalogValidator.version(ext);
        OpenShiftVersionDocument saved = existing.isPresent()
                ? versions.patch(existing.get().getId(), d -> apply(p, d.getOpenShiftVersion().getProperties()))
                : versions.create(newDocument(p));
        cache.refresh();
        return ArmResult.of(existing.isPresent() ? 200 : 201,
                admin.openShiftVersions().orElseThrow().toExternal(saved.getOpenShiftVersion()));
    }

    private Optional<OpenShiftVersionDocument> find(String version) {
        return versions.listAll().stream()
                .filter(d -> !Boolean.TRUE.equals(d.getOpenShiftVersion().getDeleting()))
                .filter(d -> d.getOpenShiftVersion().getProperties() != null
                        && version.equals(d.getOpenShiftVersion().getProperties().getVersion()))
                .findFirst();
    }

    private OpenShiftVersionDocument newDocument(Types.OpenShiftVersionProperties p) {
        OpenShiftVersionProperties properties = new OpenShiftVersionProperties();
        properties.setVersion(p.version());
        apply(p, properties);
        OpenShiftVersion version = new OpenShiftVersion();
        version.setProperties(properties);
        OpenShiftVersionDocument doc = new OpenShiftVersionDocument();
        doc.setId(ids.newId());
        doc.setOpenShiftVersion(version);
        return doc;
    }

    /** The mutable fields; {@code enabled} left out means disabled, as in the original's plain boolean. */
    private static void apply(Types.OpenShiftVersionProperties from, OpenShiftVersionProperties to) {
        to.setOpenShiftPullspec(from.openShiftPullspec());
        to.setInstallerPullspec(from.installerPullspec());
        to.setEnabled(Boolean.TRUE.equals(from.enabled()));
        if (from.isDefault() != null) {
            to.setIsDefault(from.isDefault());
        }
    }
}
