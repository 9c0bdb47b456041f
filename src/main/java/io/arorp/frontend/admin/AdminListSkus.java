package io.arorp.frontend.admin;

import io.arorp.database.Keys;
import io.arorp.env.RpRegion;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ResourceSku;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VM sizes of the RP's region for the cluster's subscription, in {@code Microsoft.Compute/skus} shape, so SREs
 * see before a resize whether a size is offered and unrestricted there.
 */
@ApplicationScoped
public class AdminListSkus {
    private AdminCluster cluster;
    private Compute compute;
    private String location;

    @Inject
    public AdminListSkus(AdminCluster cluster, Compute compute, RpRegion region) {
        this.cluster = cluster;
        this.compute = compute;
        this.location = region.location();
    }

    protected AdminListSkus() {
    }

    public ArmResult run(String resourceId) {
        cluster.document(resourceId);
        List<Map<String, Object>> out = compute.resourceSkus(Keys.subscriptionOf(Keys.lower(resourceId)), location)
                .stream().map(AdminListSkus::external).toList();
        return ArmResult.of(200, out);
    }

    private static Map<String, Object> external(ResourceSku sku) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resourceType", sku.resourceType());
        m.put("name", sku.name());
        m.put("tier", sku.tier());
        m.put("size", sku.size());
        m.put("family", sku.family());
        m.put("locations", sku.locations());
        m.put("locationInfo", sku.locations().stream()
                .map(l -> ordered("location", l, "zones", sku.zones())).toList());
        m.put("capabilities", sku.capabilities().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> ordered("name", e.getKey(), "value", e.getValue())).toList());
        m.put("restrictions", sku.restrictions().stream().map(reason -> ordered("type", "Location",
                "values", sku.locations(), "reasonCode", reason)).toList());
        return m;
    }

    /** A map that writes its keys in the order given, as Azure orders them. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
