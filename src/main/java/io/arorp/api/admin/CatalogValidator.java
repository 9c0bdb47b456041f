package io.arorp.api.admin;

import io.arorp.api.CloudErrorBody;
import io.arorp.api.CloudException;
import java.util.ArrayList;
import java.util.List;

/**
 * Static checks of the install catalog SREs manage (OpenShift versions, workload identity role sets), with the
 * original's targets and messages. A role set can be wrong in several roles at once: the first problem is the error,
 * all of them are its details, so one call shows every fix needed.
 */
public final class CatalogValidator {
    private static final String REQUIRED = "Must be provided";

    private CatalogValidator() {
    }

    public static void version(Types.OpenShiftVersion v) {
        Types.OpenShiftVersionProperties p = v.properties();
        if (p == null || blank(p.version())) {
            throw invalid("properties.version", REQUIRED);
        }
        if (blank(p.installerPullspec())) {
            throw invalid("properties.installerPullspec", REQUIRED);
        }
        if (blank(p.openShiftPullspec())) {
            throw invalid("properties.openShiftPullspec", REQUIRED);
        }
    }

    public static void roleSet(Types.PlatformWorkloadIdentityRoleSet r) {
        Types.PlatformWorkloadIdentityRoleSetProperties p = r.properties();
        if (p == null || blank(p.openShiftVersion())) {
            throw invalid("properties.openShiftVersion", REQUIRED);
        }
        if (p.platformWorkloadIdentityRoles() == null || p.platformWorkloadIdentityRoles().isEmpty()) {
            throw invalid("properties.platformWorkloadIdentityRoles", "Must be provided and must be non-empty");
        }
        List<CloudErrorBody> problems = new ArrayList<>();
        for (int i = 0; i < p.platformWorkloadIdentityRoles().size(); i++) {
            Types.PlatformWorkloadIdentityRole role = p.platformWorkloadIdentityRoles().get(i);
            String at = "properties.platformWorkloadIdentityRoles[" + i + "].";
            if (role == null || blank(role.operatorName())) {
                problems.add(invalid(at + "operatorName", REQUIRED).body());
            }
            if (role == null || blank(role.roleDefinitionName())) {
                problems.add(invalid(at + "roleDefinitionName", REQUIRED).body());
            }
            if (role == null || blank(role.roleDefinitionId())) {
                problems.add(invalid(at + "roleDefinitionId", REQUIRED).body());
            }
        }
        if (!problems.isEmpty()) {
            CloudErrorBody first = problems.get(0);
            throw new CloudException(400, "InvalidParameter", first.target(), first.message(),
                    problems.size() > 1 ? problems : List.of());
        }
    }

    static CloudException invalid(String target, String message) {
        return new CloudException(400, "InvalidParameter", target, message);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
