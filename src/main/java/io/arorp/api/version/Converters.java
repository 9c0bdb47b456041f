package io.arorp.api.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftVersion;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import java.util.Map;
import java.util.Set;

/** The converter configurations every version shares; only the external types differ between versions. */
public final class Converters {
    private Converters() {
    }

    /**
     * Clusters: the internal model stores the identity as {@code managedServiceIdentity}; a request that leaves out
     * the pull secret or client secret keeps the stored one (responses never carry them); tags and the cluster's
     * user-assigned identities are replaced, not merged, by a request body.
     */
    public static TreeConverter<OpenShiftCluster> clusters(Class<?> type, Class<?> list) {
        return new TreeConverter<>(OpenShiftCluster.class, type, list, Map.of("identity", "managedServiceIdentity"),
                Set.of("properties.clusterProfile.pullSecret", "properties.servicePrincipalProfile.clientSecret"),
                Set.of("tags", "identity.userAssignedIdentities"));
    }

    /** OpenShift versions: a version document without a name is shown under its version string. */
    public static TreeConverter<OpenShiftVersion> openShiftVersions(Class<?> type, Class<?> list) {
        return new TreeConverter<>(OpenShiftVersion.class, type, list, Map.of(), Set.of(), Set.of()) {
            @Override
            protected void adjustExternal(ObjectNode external) {
                JsonNode version = external.path("properties").path("version");
                if (!external.hasNonNull("name") && version.isTextual()) {
                    external.put("name", version.asText());
                }
            }
        };
    }

    public static TreeConverter<PlatformWorkloadIdentityRoleSet> roleSets(Class<?> type, Class<?> list) {
        return new TreeConverter<>(PlatformWorkloadIdentityRoleSet.class, type, list, Map.of(), Set.of(), Set.of());
    }
}
