package io.arorp.frontend.action;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftVersion;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.version.ApiVersion;
import io.arorp.api.version.ApiVersions;
import io.arorp.api.version.TreeConverter;
import io.arorp.frontend.cache.OpenShiftVersionCache;
import io.arorp.frontend.cache.RoleSetCache;
import io.arorp.util.json.Jackson;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What a customer can install here: the enabled OpenShift versions and the workload identity role sets, answered
 * from the frontend's caches (no store read per request), as ARM proxy resources of the caller's location.
 */
@ApplicationScoped
public class GetInstallOptions {
    private static final String NAMESPACE = "Microsoft.RedHatOpenShift";
    private final ObjectMapper mapper = Jackson.newMapper();
    private OpenShiftVersionCache versions;
    private RoleSetCache roleSets;

    @Inject
    public GetInstallOptions(OpenShiftVersionCache versions, RoleSetCache roleSets) {
        this.versions = versions;
        this.roleSets = roleSets;
    }

    protected GetInstallOptions() {
    }

    public ArmResult listVersions(String locationPath, ApiVersion version) {
        TreeConverter<OpenShiftVersion> c = versionConverter(version);
        List<OpenShiftVersion> all = versions.all().stream().map(v -> asResource(v, locationPath)).toList();
        return ArmResult.of(200, c.toExternalList(all, null));
    }

    public ArmResult getVersion(String locationPath, String requested, ApiVersion version) {
        TreeConverter<OpenShiftVersion> c = versionConverter(version);
        OpenShiftVersion v = versions.get(requested).orElseThrow(() -> notFound("openShiftVersion", requested,
                version));
        return ArmResult.of(200, c.toExternal(asResource(v, locationPath)));
    }

    public ArmResult listRoleSets(String locationPath, ApiVersion version) {
        TreeConverter<PlatformWorkloadIdentityRoleSet> c = roleSetConverter(version);
        List<PlatformWorkloadIdentityRoleSet> all = roleSets.all().stream().map(r -> asResource(r, locationPath))
                .toList();
        return ArmResult.of(200, c.toExternalList(all, null));
    }

    public ArmResult getRoleSet(String locationPath, String minorVersion, ApiVersion version) {
        TreeConverter<PlatformWorkloadIdentityRoleSet> c = roleSetConverter(version);
        PlatformWorkloadIdentityRoleSet r = roleSets.get(minorVersion).orElseThrow(() -> notFound(
                "platformWorkloadIdentityRoleSet", minorVersion, version));
        return ArmResult.of(200, c.toExternal(asResource(r, locationPath)));
    }

    /** A copy named as the proxy resource ARM expects: id under the location, name = the version. */
    private OpenShiftVersion asResource(OpenShiftVersion v, String locationPath) {
        OpenShiftVersion copy = mapper.convertValue(v, OpenShiftVersion.class);
        copy.setId(locationPath + "/openShiftVersions/" + v.getProperties().getVersion());
        copy.setName(v.getProperties().getVersion());
        copy.setType(NAMESPACE + "/OpenShiftVersion");
        return copy;
    }

    private PlatformWorkloadIdentityRoleSet asResource(PlatformWorkloadIdentityRoleSet r, String locationPath) {
        PlatformWorkloadIdentityRoleSet copy = mapper.convertValue(r, PlatformWorkloadIdentityRoleSet.class);
        copy.setId(locationPath + "/platformWorkloadIdentityRoleSets/" + r.getProperties().getOpenShiftVersion());
        copy.setName(r.getProperties().getOpenShiftVersion());
        copy.setType(NAMESPACE + "/PlatformWorkloadIdentityRoleSet");
        return copy;
    }

    private static TreeConverter<OpenShiftVersion> versionConverter(ApiVersion version) {
        return version.openShiftVersions().orElseThrow(() -> ApiVersions.unknown(version.name(), NAMESPACE,
                "openShiftVersions"));
    }

    private static TreeConverter<PlatformWorkloadIdentityRoleSet> roleSetConverter(ApiVersion version) {
        return version.platformWorkloadIdentityRoleSets().orElseThrow(() -> ApiVersions.unknown(version.name(),
                NAMESPACE, "platformWorkloadIdentityRoleSets"));
    }

    private static CloudException notFound(String what, String value, ApiVersion version) {
        return new CloudException(400, "ResourceNotFound", null, "The Resource " + what + " with version '" + value
                + "' was not found in the namespace '" + NAMESPACE + "' for api version '" + version.name() + "'.");
    }
}
