package io.arorp.api.v20250725;

import io.arorp.api.schema.ArmResource;
import io.arorp.api.schema.CommonRef;
import io.arorp.api.schema.EnumValues;
import io.arorp.api.schema.Flatten;
import io.arorp.api.schema.Format;
import io.arorp.api.schema.Mutable;
import io.arorp.api.schema.ReadOnly;
import io.arorp.api.schema.Required;
import io.arorp.api.schema.SecretValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The external JSON of api-version 2025-07-25, exactly as its swagger spells it. Records, because an external object
 * is a value read from a request or written to a response; conversion and validation work on its JSON.
 */
public final class Types {
    private Types() {
    }

    /** An Azure Red Hat OpenShift cluster. */
    @ArmResource(ArmResource.Kind.TRACKED)
    public record OpenShiftCluster(@Mutable(ignoreCase = true) String id,
            @Mutable(ignoreCase = true) String name,
            @Mutable(ignoreCase = true) String type,
            String location,
            @Mutable Map<String, String> tags,
            @ReadOnly SystemData systemData,
            @Flatten OpenShiftClusterProperties properties,
            ManagedServiceIdentity identity) {
    }

    /** The body of a PATCH (swagger only: the RP reads a PATCH over the stored cluster). */
    public record OpenShiftClusterUpdate(Map<String, String> tags,
            @Flatten OpenShiftClusterProperties properties,
            ManagedServiceIdentity identity) {
    }

    /** A page of clusters. */
    public record OpenShiftClusterList(@Required List<OpenShiftCluster> value,
            @Format("uri") String nextLink) {
    }

    /** The cluster properties. */
    public record OpenShiftClusterProperties(@EnumValues(name = "ProvisioningState", values = {"AdminUpdating", "Canceled", "Creating", "Deleting", "Failed", "Succeeded", "Updating"}) String provisioningState,
            ClusterProfile clusterProfile,
            ConsoleProfile consoleProfile,
            ServicePrincipalProfile servicePrincipalProfile,
            PlatformWorkloadIdentityProfile platformWorkloadIdentityProfile,
            NetworkProfile networkProfile,
            MasterProfile masterProfile,
            List<WorkerProfile> workerProfiles,
            @ReadOnly List<WorkerProfile> workerProfilesStatus,
            APIServerProfile apiserverProfile,
            List<IngressProfile> ingressProfiles) {
    }

    /** Cluster-wide settings. */
    public record ClusterProfile(String pullSecret,
            String domain,
            String version,
            String resourceGroupId,
            @EnumValues(name = "FipsValidatedModules", values = {"Disabled", "Enabled"}) String fipsValidatedModules,
            @ReadOnly String oidcIssuer) {
    }

    /** The console endpoint. */
    public record ConsoleProfile(@ReadOnly String url) {
    }

    /** The service principal the cluster runs as. */
    public record ServicePrincipalProfile(@Mutable String clientId,
            @Mutable String clientSecret) {
    }

    /** The operator identities of a workload-identity cluster. */
    public record PlatformWorkloadIdentityProfile(@Mutable String upgradeableTo,
            @Mutable Map<String, PlatformWorkloadIdentity> platformWorkloadIdentities) {
    }

    /** One operator identity. */
    public record PlatformWorkloadIdentity(String resourceId,
            @ReadOnly String clientId,
            @ReadOnly String objectId) {
    }

    /** The cluster identity (ARM common type ManagedServiceIdentity). */
    @CommonRef("managedidentity.json#/definitions/ManagedServiceIdentity")
    public record ManagedServiceIdentity(String type,
            @ReadOnly String principalId,
            @ReadOnly String tenantId,
            @Mutable Map<String, UserAssignedIdentity> userAssignedIdentities) {
    }

    /** One user-assigned identity (ARM common type). */
    @CommonRef("managedidentity.json#/definitions/UserAssignedIdentity")
    public record UserAssignedIdentity(@ReadOnly String clientId,
            @ReadOnly String principalId) {
    }

    /** Cluster networking. */
    public record NetworkProfile(String podCidr,
            String serviceCidr,
            @EnumValues(name = "OutboundType", values = {"Loadbalancer", "UserDefinedRouting"}) String outboundType,
            LoadBalancerProfile loadBalancerProfile,
            @EnumValues(name = "PreconfiguredNSG", values = {"Disabled", "Enabled"}) String preconfiguredNSG) {
    }

    /** The public load balancer. */
    public record LoadBalancerProfile(@Mutable ManagedOutboundIPs managedOutboundIps,
            @ReadOnly List<EffectiveOutboundIP> effectiveOutboundIps) {
    }

    /** Outbound IPs the RP manages. */
    public record ManagedOutboundIPs(Integer count) {
    }

    /** An outbound IP in use. */
    public record EffectiveOutboundIP(String id) {
    }

    /** The control plane machines. */
    public record MasterProfile(String vmSize,
            String subnetId,
            @EnumValues(name = "EncryptionAtHost", values = {"Disabled", "Enabled"}) String encryptionAtHost,
            String diskEncryptionSetId) {
    }

    /** A pool of worker machines. */
    public record WorkerProfile(String name,
            String vmSize,
            Integer diskSizeGB,
            String subnetId,
            Integer count,
            @EnumValues(name = "EncryptionAtHost", values = {"Disabled", "Enabled"}) String encryptionAtHost,
            String diskEncryptionSetId) {
    }

    /** The API server endpoint. */
    public record APIServerProfile(@EnumValues(name = "Visibility", values = {"Private", "Public"}) String visibility,
            @ReadOnly String url,
            @ReadOnly String ip) {
    }

    /** An ingress endpoint. */
    public record IngressProfile(String name,
            @EnumValues(name = "Visibility", values = {"Private", "Public"}) String visibility,
            @ReadOnly String ip) {
    }

    /** ARM metadata (common type systemData). */
    @CommonRef("types.json#/definitions/systemData")
    public record SystemData(String createdBy,
            String createdByType,
            OffsetDateTime createdAt,
            String lastModifiedBy,
            String lastModifiedByType,
            OffsetDateTime lastModifiedAt) {
    }

    /** The cluster's kubeadmin credentials. */
    public record OpenShiftClusterCredentials(String kubeadminUsername,
            @SecretValue @Format("password") String kubeadminPassword) {
    }

    /** The cluster's admin kubeconfig. */
    public record OpenShiftClusterAdminKubeconfig(@SecretValue @Format("password") String kubeconfig) {
    }

    /** An OpenShift version that can be installed. */
    @ArmResource(ArmResource.Kind.PROXY)
    public record OpenShiftVersion(String id,
            String name,
            String type,
            @ReadOnly SystemData systemData,
            @Flatten OpenShiftVersionProperties properties) {
    }

    /** The properties of an OpenShift version. */
    public record OpenShiftVersionProperties(String version) {
    }

    /** A page of OpenShift versions. */
    public record OpenShiftVersionList(@Required List<OpenShiftVersion> value,
            @Format("uri") String nextLink) {
    }

    /** The roles of the operator identities for one OpenShift minor version. */
    @ArmResource(ArmResource.Kind.PROXY)
    public record PlatformWorkloadIdentityRoleSet(String id,
            String name,
            String type,
            @ReadOnly SystemData systemData,
            @Flatten PlatformWorkloadIdentityRoleSetProperties properties) {
    }

    /** The properties of a role set. */
    public record PlatformWorkloadIdentityRoleSetProperties(String openShiftVersion,
            List<PlatformWorkloadIdentityRole> platformWorkloadIdentityRoles) {
    }

    /** One operator's role. */
    public record PlatformWorkloadIdentityRole(String operatorName,
            String roleDefinitionName,
            String roleDefinitionId) {
    }

    /** A page of role sets. */
    public record PlatformWorkloadIdentityRoleSetList(@Required List<PlatformWorkloadIdentityRoleSet> value,
            @Format("uri") String nextLink) {
    }

    /** An RP operation. */
    public record Operation(String name,
            Display display,
            String origin) {
    }

    /** How an operation is shown. */
    public record Display(String provider,
            String resource,
            String operation,
            String description) {
    }

    /** The RP operations. */
    public record OperationList(@Required List<Operation> value,
            @Format("uri") String nextLink) {
    }

    /** An error response. */
    public record CloudError(CloudErrorBody error) {
    }

    /** The body of an error response. */
    public record CloudErrorBody(String code,
            String message,
            String target,
            List<CloudErrorBody> details) {
    }
}
