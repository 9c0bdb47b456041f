package io.arorp.frontend.action;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.ClusterProfile;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ServicePrincipalProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base a PUT body is laid over: only what the caller cannot or need not resend (ids, system data, state, the
 * pull secret, the version, the client secret), so everything else in the stored cluster is replaced by the body.
 */
final class PutSkeleton {
    private PutSkeleton() {
    }

    static OpenShiftCluster of(OpenShiftCluster current) {
        OpenShiftCluster skeleton = new OpenShiftCluster();
        skeleton.setId(current.getId());
        skeleton.setName(current.getName());
        skeleton.setType(current.getType());
        skeleton.setSystemData(current.getSystemData());
        OpenShiftClusterProperties p = new OpenShiftClusterProperties();
        p.setProvisioningState(current.getProperties().getProvisioningState());
        ClusterProfile stored = current.getProperties().getClusterProfile();
        if (stored != null) {
            ClusterProfile cp = new ClusterProfile();
            cp.setPullSecret(stored.getPullSecret());
            cp.setVersion(stored.getVersion());
            p.setClusterProfile(cp);
        }
        ServicePrincipalProfile sp = current.getProperties().getServicePrincipalProfile();
        if (sp != null) {
            ServicePrincipalProfile kept = new ServicePrincipalProfile();
            kept.setClientSecret(sp.getClientSecret());
            p.setServicePrincipalProfile(kept);
        }
        skeleton.setProperties(p);
        return skeleton;
    }

    /**
     * Conversion merges the external object over the stored one, so a mutable map the PUT body left out would
     * survive; a PUT is a full replacement, so such maps take exactly what the body said.
     */
    static void replaceMutableMaps(OpenShiftCluster oc, JsonNode external) {
        JsonNode tags = external.get("tags");
        if (tags == null || tags.isNull()) {
            oc.setTags(null);
        } else {
            Map<String, String> replaced = new LinkedHashMap<>();
            tags.fields().forEachRemaining(e -> replaced.put(e.getKey(), e.getValue().asText()));
            oc.setTags(replaced);
        }
    }
}
