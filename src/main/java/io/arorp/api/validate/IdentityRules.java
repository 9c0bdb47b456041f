package io.arorp.api.validate;

import static io.arorp.api.validate.Errors.invalid;
import static io.arorp.api.validate.Json.at;
import static io.arorp.api.validate.Json.present;
import static io.arorp.api.validate.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A cluster runs either as a service principal or with a cluster identity plus one identity per operator. */
final class IdentityRules {
    private static final String IDENTITIES = "properties.platformWorkloadIdentityProfile.platformWorkloadIdentities";

    void validatePlatformIdentities(JsonNode oc) {
        boolean pwi = present(oc, "properties.platformWorkloadIdentityProfile");
        boolean sp = present(oc, "properties.servicePrincipalProfile");
        if (!pwi && !sp) {
            throw invalid("properties.servicePrincipalProfile",
                    "Must provide either an identity or service principal credentials.");
        }
        if (pwi && sp && (!text(oc, "properties.servicePrincipalProfile.clientId").isEmpty()
                || !text(oc, "properties.servicePrincipalProfile.clientSecret").isEmpty())) {
            throw invalid("properties.servicePrincipalProfile",
                    "Cannot use identities and service principal credentials at the same time.");
        }
        boolean clusterIdentity = present(oc, "identity");
        if (clusterIdentity != pwi) {
            throw invalid("identity", "Cluster identity and platform workload identities require each other.");
        }
        if (clusterIdentity && at(oc, "identity.userAssignedIdentities").size() != 1) {
            throw invalid("identity", "The provided cluster identity is invalid; there should be exactly one.");
        }
        if (pwi && at(oc, IDENTITIES).size() == 0) {
            throw invalid(IDENTITIES, "The set of platform workload identities cannot be empty.");
        }
    }

    void validateProfile(String path, JsonNode pwip) {
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = at(pwip, "platformWorkloadIdentities").fields(); it
                .hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String resourceId = text(e.getValue(), "resourceId");
            String lower = resourceId.toLowerCase(Locale.ROOT);
            if (!seen.add(lower)) {
                throw invalid(path + ".PlatformWorkloadIdentities", "ResourceID " + lower
                        + " used by multiple identities.");
            }
            String target = path + ".PlatformWorkloadIdentities[" + name + "].resourceID";
            ArmId id = ArmId.parse(resourceId);
            if (id == null) {
                throw invalid(target, "ResourceID " + resourceId + " formatted incorrectly.");
            }
            if (name.isEmpty()) {
                throw invalid(target, "Operator name is empty.");
            }
            if (!"userAssignedIdentities".equals(id.lastType())) {
                throw invalid(target, "Resource must be a user assigned identity.");
            }
        }
        if (present(pwip, "upgradeableTo")) {
            String to = text(pwip, "upgradeableTo");
            if (!Patterns.SEMVER.matcher(to).matches()) {
                throw invalid(path + ".UpgradeableTo[" + to + "]",
                        "UpgradeableTo must be a valid OpenShift version in the format 'x.y.z'.");
            }
        }
    }

    /** Operators keep their identities for the cluster's life: entries may be added or changed, not removed. */
    void validateIdentitiesKept(JsonNode oc, JsonNode stored) {
        JsonNode next = at(oc, IDENTITIES);
        for (Iterator<String> it = at(stored, IDENTITIES).fieldNames(); it.hasNext();) {
            if (!next.has(it.next())) {
                throw Errors.of("PropertyChangeNotAllowed", IDENTITIES,
                        "Operator identity cannot be removed or have its name changed.");
            }
        }
    }
}
