package io.arorp.frontend.cache;

import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.PlatformWorkloadIdentityRoleSetProperties;
import io.arorp.api.SecretLocation;
import io.arorp.database.PlatformWorkloadIdentityRoleSetDocument;
import io.arorp.database.PlatformWorkloadIdentityRoleSets;
import io.arorp.database.PreconditionFailedException;
import io.arorp.env.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a role set per minor version of the seeded install versions into an empty PlatformWorkloadIdentityRoleSets
 * collection, one role per operator of {@code aro.openshift.seed-role-set-operators} (service account
 * {@code openshift-<operator>/<operator>}, which the backend federates the operator's identity with, and secret
 * {@code openshift-<operator>/azure-credentials}, where it writes the identity on update): without a role
 * set no workload-identity cluster of that version passes the create checks. Dev and test only; prod role sets come
 * from SREs.
 */
@ApplicationScoped
public class RoleSetSeeder {
    private static final Logger LOG = Logger.getLogger(RoleSetSeeder.class.getName());

    private PlatformWorkloadIdentityRoleSets roleSets;
    private Ids ids;
    private Set<String> minors;
    private List<String> operators;

    @Inject
    public RoleSetSeeder(PlatformWorkloadIdentityRoleSets roleSets, Ids ids,
            @ConfigProperty(name = "aro.openshift.seed-versions", defaultValue = " ") List<String> versions,
            @ConfigProperty(name = "aro.openshift.seed-role-set-operators", defaultValue = " ") List<String> operators) {
        this.roleSets = roleSets;
        this.ids = ids;
        this.minors = new LinkedHashSet<>();
        for (String version : versions) {
            String[] parts = version.trim().split("\\.");
            if (parts.length >= 2) {
                minors.add(parts[0] + "." + parts[1]);
            }
        }
        this.operators = operators.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    protected RoleSetSeeder() {
    }

    void seedIfEmpty() {
        if (minors.isEmpty() || operators.isEmpty() || !roleSets.listAll().isEmpty()) {
            return;
        }
        for (String minor : minors) {
            PlatformWorkloadIdentityRoleSetProperties p = new PlatformWorkloadIdentityRoleSetProperties();
            p.setOpenShiftVersion(minor);
            p.setPlatformWorkloadIdentityRoles(operators.stream().map(RoleSetSeeder::role).toList());
            PlatformWorkloadIdentityRoleSet set = new PlatformWorkloadIdentityRoleSet();
            set.setName(minor);
            set.setProperties(p);
            PlatformWorkloadIdentityRoleSetDocument doc = new PlatformWorkloadIdentityRoleSetDocument();
            doc.setId(ids.newId());
            doc.setPlatformWorkloadIdentityRoleSet(set);
            try {
                roleSets.create(doc);
            } catch (PreconditionFailedException e) {
                return; // another instance seeded concurrently
            }
        }
        LOG.info(() -> "seeded platform workload identity role sets " + minors + " with operators " + operators);
    }

    private static PlatformWorkloadIdentityRole role(String operator) {
        PlatformWorkloadIdentityRole role = new PlatformWorkloadIdentityRole();
        role.setOperatorName(operator);
        role.setRoleDefinitionName("Azure Red Hat OpenShift " + operator);
        role.setRoleDefinitionId("/providers/Microsoft.Authorization/roleDefinitions/"
                + UUID.nameUUIDFromBytes(operator.getBytes(StandardCharsets.UTF_8)));
        // the service account the operator's pods run as: the backend federates the identity with it
        role.setServiceAccounts(List.of("system:serviceaccount:openshift-" + operator + ":" + operator));
        SecretLocation secret = new SecretLocation();
        secret.setNamespace("openshift-" + operator);
        secret.setName("azure-credentials");
        role.setSecretLocation(secret);
        return role;
    }
}
