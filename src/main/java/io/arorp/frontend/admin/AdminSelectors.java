package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.SubscriptionDocument;
import io.arorp.database.Subscriptions;
import io.arorp.env.RpRegion;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The values maintenance schedules select clusters by (keys as the original's scheduler names them), so an SRE can
 * see why a schedule does or does not pick a cluster before running it.
 */
@ApplicationScoped
public class AdminSelectors {
    private AdminCluster cluster;
    private Subscriptions subscriptions;
    private String managedDomain;

    @Inject
    public AdminSelectors(AdminCluster cluster, Subscriptions subscriptions, RpRegion region,
            @ConfigProperty(name = "aro.managed-domain") Optional<String> managedDomain) {
        this.cluster = cluster;
        this.subscriptions = subscriptions;
        this.managedDomain = managedDomain.filter(d -> !d.isBlank()).orElse(region.location() + ".aroapp.io");
    }

    protected AdminSelectors() {
    }

    public ArmResult run(String resourceId) {
        OpenShiftClusterDocument doc = cluster.document(resourceId);
        String subscriptionId = Keys.subscriptionOf(Keys.lower(resourceId));
        SubscriptionDocument subscription = subscriptions.get(subscriptionId).orElseThrow(() -> new CloudException(
                404, "ResourceNotFound", null, "The subscription ID '" + subscriptionId + "' was not found."));
        OpenShiftCluster oc = doc.getOpenShiftCluster();
        OpenShiftClusterProperties p = oc.getProperties();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("resourceID", Keys.lower(oc.getId()));
        data.put("subscriptionID", subscriptionId);
        data.put("subscriptionState", subscription.getSubscription().getState().value());
        data.put("authenticationType", oc.usesWorkloadIdentity() ? "WorkloadIdentity" : "ServicePrincipal");
        data.put("architectureVersion", String.valueOf(p.getArchitectureVersion() == null ? 0
                : p.getArchitectureVersion()));
        data.put("provisioningState", p.getProvisioningState().value());
        data.put("outboundType", p.getNetworkProfile() == null || p.getNetworkProfile().getOutboundType() == null ? ""
                : p.getNetworkProfile().getOutboundType().value());
        data.put("APIServerVisibility", p.getApiserverProfile() == null
                || p.getApiserverProfile().getVisibility() == null ? "" : p.getApiserverProfile().getVisibility().value());
        String domain = p.getClusterProfile() == null ? null : p.getClusterProfile().getDomain();
        data.put("isManagedDomain", String.valueOf(domain != null
                && (!domain.contains(".") || domain.endsWith("." + managedDomain))));
        return ArmResult.of(200, data);
    }
}
