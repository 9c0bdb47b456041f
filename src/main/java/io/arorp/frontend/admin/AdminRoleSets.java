package io.arorp.frontend.admin;

import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.admin.AdminApiVersion;
import io.arorp.api.admin.CatalogValidator;
import io.arorp.api.admin.Types;
import io.arorp.api.version.TreeConverter;
import io.arorp.database.PlatformWorkloadIdentityRoleSetDocument;
import io.arorp.database.PlatformWorkloadIdentityRoleSets;
import io.arorp.env.Ids;
import io.arorp.frontend.action.ArmResult;
import io.arorp.frontend.cache.RoleSetCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The platform workload identity role sets SREs manage, one per OpenShift minor version: list them, and create or
 * replace the roles of one. Like versions, the write is read back through the change feed into this instance's cache.
 */
@ApplicationScoped
public class AdminRoleSets {
    private PlatformWorkloadIdentityRoleSets roleSets;
    private RoleSetCache cache;
    private AdminApiVersion admin;
    private Ids ids;

    @Inject
    public AdminRoleSets(PlatformWorkloadIdentityRoleSets roleSets, RoleSetCache cache, AdminApiVersion admin,
            Ids ids) {
        this.roleSets = roleSets;
        this.cache = cache;
        this.admin = admin;
        this.ids = ids;
    }

    protected AdminRoleSets() {
    }

    public ArmResult list() {
        List<PlatformWorkloadIdentityRoleSet> all = roleSets.listAll().stream()
                .map(PlatformWorkloadIdentityRoleSetDocument::getPlatformWorkloadIdentityRoleSet)
                .filter(r -> !Boolean.TRUE.equals(r.getDeleting())).toList();
        return ArmResult.of(200, converter().toExternalList(all, null));
    }

    public ArmResult put(byte[] body) {
        Types.PlatformWorkloadIdentityRoleSet ext = AdminBodies.read(body, Types.PlatformWorkloadIdentityRoleSet.class);
        CatalogValidator.roleSet(ext);
        PlatformWorkloadIdentityRoleSet wanted = converter().toInternal(ext, null);
        Optional<PlatformWorkloadIdentityRoleSetDocument> existing = find(ext.properties().openShiftVersion());
        PlatformWorkloadIdentityRoleSetDocument saved;
        if (existing.isPresent()) {
            saved = roleSets.patch(existing.get().getId(), d -> d.getPlatformWorkloadIdentityRoleSet().getProperties()
                    .setPlatformWorkloadIdentityRoles(wanted.getProperties().getPlatformWorkloadIdentityRoles()));
        } else {
            PlatformWorkloadIdentityRoleSetDocument doc = new PlatformWorkloadIdentityRoleSetDocument();
            doc.setId(ids.newId());
            wanted.setId(null);
            wanted.setName(null);
            wanted.setType(null);
            doc.setPlatformWorkloadIdentityRoleSet(wanted);
            saved = roleSets.create(doc);
        }
        cache.refresh();
        return ArmResult.of(existing.isPresent() ? 200 : 201,
                converter().toExternal(saved.getPlatformWorkloadIdentityRoleSet()));
    }

    private Optional<PlatformWorkloadIdentityRoleSetDocument> find(String minorVersion) {
        return roleSets.listAll().stream()
                .filter(d -> !Boolean.TRUE.equals(d.getPlatformWorkloadIdentityRoleSet().getDeleting()))
                .filter(d -> d.getPlatformWorkloadIdentityRoleSet().getProperties() != null && minorVersion.equals(
                        d.getPlatformWorkloadIdentityRoleSet().getProperties().getOpenShiftVersion()))
                .findFirst();
    }

    private TreeConverter<PlatformWorkloadIdentityRoleSet> converter() {
        return admin.platformWorkloadIdentityRoleSets().orElseThrow();
    }
}
