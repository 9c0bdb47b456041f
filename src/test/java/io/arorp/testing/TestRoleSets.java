package io.arorp.testing;

import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.PlatformWorkloadIdentityRoleSetProperties;
import java.util.List;

/** Role sets for tests: a minor version and the operators that need an identity on it. */
public final class TestRoleSets {
    private TestRoleSets() {
    }

    public static PlatformWorkloadIdentityRoleSet of(String minor, List<String> operators) {
        PlatformWorkloadIdentityRoleSetProperties p = new PlatformWorkloadIdentityRoleSetProperties();
        p.setOpenShiftVersion(minor);
        p.setPlatformWorkloadIdentityRoles(operators.stream().map(o -> {
            PlatformWorkloadIdentityRole role = new PlatformWorkloadIdentityRole();
            role.setOperatorName(o);
            return role;
        }).toList());
        PlatformWorkloadIdentityRoleSet set = new PlatformWorkloadIdentityRoleSet();
        set.setProperties(p);
        return set;
    }
}
