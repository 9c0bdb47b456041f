package io.arorp.frontend.cache;

import io.arorp.api.OpenShiftVersion;
import io.arorp.api.OpenShiftVersionProperties;
import io.arorp.database.OpenShiftVersionDocument;
import io.arorp.database.OpenShiftVersions;
import io.arorp.database.PreconditionFailedException;
import io.arorp.env.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the configured install versions into an empty OpenShiftVersions collection ({@code aro.openshift.seed-versions},
 * the first one default), so a fresh dev or test RP can create clusters. Production leaves it empty: there SREs manage
 * versions through the admin API.
 */
@ApplicationScoped
public class VersionSeeder {
    private static final Logger LOG = Logger.getLogger(VersionSeeder.class.getName());

    private OpenShiftVersions versions;
    private Ids ids;
    private List<String> seed;

    @Inject
    public VersionSeeder(OpenShiftVersions versions, Ids ids,
            @ConfigProperty(name = "aro.openshift.seed-versions", defaultValue = " ") List<String> seed) {
        this.versions = versions;
        this.ids = ids;
        this.seed = seed.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    protected VersionSeeder() {
    }

    void seedIfEmpty() {
        if (seed.isEmpty() || !versions.listAll().isEmpty()) {
            return;
        }
        for (int i = 0; i < seed.size(); i++) {
            OpenShiftVersionProperties p = new OpenShiftVersionProperties();
            p.setVersion(seed.get(i));
            p.setEnabled(true);
            p.setIsDefault(i == 0);
            OpenShiftVersion v = new OpenShiftVersion();
            v.setProperties(p);
            OpenShiftVersionDocument doc = new OpenShiftVersionDocument();
            doc.setId(ids.newId());
            doc.setOpenShiftVersion(v);
            try {
                versions.create(doc);
            } catch (PreconditionFailedException e) {
                return; // another instance seeded concurrently
            }
        }
        LOG.info(() -> "seeded OpenShift versions " + seed + " (default " + seed.get(0) + ")");
    }
}
