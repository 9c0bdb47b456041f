package io.arorp.frontend.admin;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.database.DocumentPage;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line per cluster of the region (state, version, who created it, when), sorted by resource id and optionally
 * filtered, for SREs scanning the fleet; unlike the admin cluster list it carries no cluster bodies. Every field is
 * always present ("" when unknown), as in the original.
 */
@ApplicationScoped
public class AdminClusterSummaries {
    private static final int PAGE = 100;

    /** One cluster's line; {@code key} is the document id, as in the original. */
    public record Summary(String key, String name, String subscription, String resourceGroup, String resourceId,
            String provisioningState, String failedProvisioningState, String version, String createdAt,
            String createdBy, String provisionedBy, String lastModified) {
    }

    private OpenShiftClusters clusters;

    @Inject
    public AdminClusterSummaries(OpenShiftClusters clusters) {
        this.clusters = clusters;
    }

    protected AdminClusterSummaries() {
    }

    /**
     * @param filters query parameters: {@code name}, {@code subscription}, {@code version}, {@code created_by},
     *        {@code provisioned_by} match a case-insensitive substring, {@code state} the whole state
     */
    public ArmResult run(Map<String, String> filters) {
        List<Summary> all = new ArrayList<>();
        String continuation = null;
        do {
            DocumentPage<OpenShiftClusterDocument> page = clusters.list(continuation, PAGE);
            for (OpenShiftClusterDocument doc : page.items()) {
                if (doc.getOpenShiftCluster() != null) {
                    Summary s = summary(doc);
                    if (matches(s, filters)) {
                        all.add(s);
                    }
                }
            }
            continuation = page.continuation();
        } while (continuation != null);
        all.sort(Comparator.comparing(s -> s.resourceId().toLowerCase(Locale.ROOT)));
        return ArmResult.of(200, all);
    }

    static boolean matches(Summary s, Map<String, String> f) {
        return contains(s.name(), f.get("name")) && contains(s.subscription(), f.get("subscription"))
                && contains(s.version(), f.get("version")) && contains(s.createdBy(), f.get("created_by"))
                && contains(s.provisionedBy(), f.get("provisioned_by"))
                && (blank(f.get("state")) || s.provisioningState().equalsIgnoreCase(f.get("state")));
    }

    private static Summary summary(OpenShiftClusterDocument doc) {
        OpenShiftCluster oc = doc.getOpenShiftCluster();
        OpenShiftClusterProperties p = oc.getProperties() == null ? new OpenShiftClusterProperties()
                : oc.getProperties();
        String id = text(oc.getId());
        String[] s = id.split("/");
        boolean armId = s.length >= 9 && "subscriptions".equalsIgnoreCase(s[1]);
        return new Summary(text(doc.getId()), armId ? s[s.length - 1] : "", armId ? s[2] : "",
                armId ? s[4] : "", id, state(p.getProvisioningState()), state(p.getFailedProvisioningState()),
                p.getClusterProfile() == null ? "" : text(p.getClusterProfile().getVersion()), time(p.getCreatedAt()),
                text(p.getCreatedBy()), text(p.getProvisionedBy()),
                oc.getSystemData() == null ? "" : time(oc.getSystemData().getLastModifiedAt()));
    }

    private static boolean contains(String value, String wanted) {
        return blank(wanted) || value.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    private static String state(ProvisioningState state) {
        return state == null ? "" : state.value();
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "" : t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
