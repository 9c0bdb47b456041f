package io.arorp.api.admin;

import io.arorp.api.schema.ArmResource;
import io.arorp.api.schema.Flatten;
import io.arorp.api.schema.Mutable;
import io.arorp.api.schema.ReadOnly;
import io.arorp.api.schema.RequestOnly;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The admin API's external JSON: the RP's bookkeeping is visible so SREs can diagnose a cluster, but no secret is ever
 * part of it. Only the fields SREs operate are {@link Mutable}.
 */
public final class Types {
    private Types() {
    }

    /** A cluster as SREs see it; {@code operatorFlagsMergeStrategy} is a request-only instruction (merge|reset). */
    @ArmResource(ArmResource.Kind.TRACKED)
    public record OpenShiftCluster(@Mutable(ignoreCase = true) String id, @Mutable(ignoreCase = true) String name,
            @Mutable(ignoreCase = true) String type, String location, Map<String, String> tags,
            @Flatten OpenShiftClusterProperties properties, ManagedServiceIdentity identity,
            @Mutable @RequestOnly String operatorFlagsMergeStrategy) {
    }

    /** A page of clusters. */
    public record OpenShiftClusterList(List<OpenShiftCluster> value, String nextLink) {
    }

    /** The cluster properties, with the state machine and operator settings. */
    public record OpenShiftClusterProperties(Integer architectureVersion, String provisioningState,
            String lastProvisioningState, String failedProvisioningState, String lastAdminUpdateError,
            @Mutable String maintenanceTask, @Mutable Map<String, String> operatorFlags,
            @Mutable String operatorVersion, OffsetDateTime createdAt, String createdBy, String provisionedBy,
            ClusterProfile clusterProfile, FeatureProfile featureProfile, ConsoleProfile consoleProfile,
            ServicePrincipalProfile servicePrincipalProfile,
            PlatformWorkloadIdentityProfile platformWorkloadIdentityProfile, NetworkProfile networkProfile,
            MasterProfile masterProfile, List<WorkerProfile> workerProfiles,
            @ReadOnly List<WorkerProfile> workerProfilesStatus, APIServerProfile apiserverProfile,
            List<IngressProfile> ingressProfiles, Install install, String storageSuffix,
            List<RegistryProfile> registryProfiles, String imageRegistryStorageAccountName, String infraId,
            HiveProfile hiveProfile, String maintenanceState) {
    }

    /** Cluster-wide settings (no pull secret). */
    public record ClusterProfile(String domain, String version, String resourceGroupId, String fipsValidatedModules,
            String oidcIssuer) {
    }

    /** RP-side switches. */
    public record FeatureProfile(@Mutable Boolean gatewayEnabled) {
    }

    /** The console endpoint. */
    public record ConsoleProfile(String url) {
    }

    /** The service principal (no secret). */
    public record ServicePrincipalProfile(String clientId, String spObjectId) {
    }

    /** The operator identities. */
    public record PlatformWorkloadIdentityProfile(String upgradeableTo,
            Map<String, PlatformWorkloadIdentity> platformWorkloadIdentities) {
    }

    /** One operator identity. */
    public record PlatformWorkloadIdentity(String resourceId, String clientId, String objectId) {
    }

    /** The cluster identity. */
    public record ManagedServiceIdentity(String type, String principalId, String tenantId,
            Map<String, UserAssignedIdentity> userAssignedIdentities) {
    }

    /** One user-assigned identity. */
    public record UserAssignedIdentity(String clientId, String principalId) {
    }

    /** Networking, including what the RP recorded about private endpoints. */
    public record NetworkProfile(String softwareDefinedNetwork, String podCidr, String serviceCidr, Integer mtuSize,
            @Mutable String outboundType, String privateEndpointIp, String gatewayPrivateEndpointIp,
            String gatewayPrivateLinkId, String preconfiguredNSG, LoadBalancerProfile loadBalancerProfile) {
    }

    /** The public load balancer. */
    public record LoadBalancerProfile(ManagedOutboundIPs managedOutboundIps,
            List<ResourceReference> effectiveOutboundIps, List<ResourceReference> outboundIps,
            List<ResourceReference> outboundIpPrefixes, Integer allocatedOutboundPorts) {
    }

    /** Outbound IPs the RP manages. */
    public record ManagedOutboundIPs(Integer count) {
    }

    /** A reference to another Azure resource. */
    public record ResourceReference(String id) {
    }

    /** The control plane machines. */
    public record MasterProfile(String vmSize, String subnetId, String encryptionAtHost, String diskEncryptionSetId) {
    }

    /** A pool of worker machines. */
    public record WorkerProfile(String name, String vmSize, Integer diskSizeGB, String subnetId, Integer count,
            String encryptionAtHost, String diskEncryptionSetId) {
    }

    /** The API server endpoint with its internal address. */
    public record APIServerProfile(String visibility, String url, String ip, String intIp) {
    }

    /** An ingress endpoint. */
    public record IngressProfile(String name, String visibility, String ip) {
    }

    /** A running install. */
    public record Install(OffsetDateTime now, Integer phase) {
    }

    /** A registry login (no password). */
    public record RegistryProfile(String name, String username, OffsetDateTime issueDate) {
    }

    /** Where Hive manages the cluster. */
    public record HiveProfile(String namespace, Boolean createdByHive) {
    }

    /** An OpenShift version with its images, as SREs manage it. */
    public record OpenShiftVersion(String id, String name, String type, OpenShiftVersionProperties properties) {
    }

    /** Images and switches of a version. */
    public record OpenShiftVersionProperties(String version, String openShiftPullspec, String installerPullspec,
            Boolean enabled, @com.fasterxml.jackson.annotation.JsonProperty("default") Boolean isDefault) {
    }

    /** A page of versions. */
    public record OpenShiftVersionList(List<OpenShiftVersion> value, String nextLink) {
    }

    /** A role set with the service accounts and secret locations the RP needs. */
    public record PlatformWorkloadIdentityRoleSet(String id, String name, String type,
            PlatformWorkloadIdentityRoleSetProperties properties) {
    }

    /** The roles of one minor version. */
    public record PlatformWorkloadIdentityRoleSetProperties(String openShiftVersion,
            List<PlatformWorkloadIdentityRole> platformWorkloadIdentityRoles) {
    }

    /** One operator's role. */
    public record PlatformWorkloadIdentityRole(String operatorName, String roleDefinitionName, String roleDefinitionId,
            List<String> serviceAccounts, SecretLocation secretLocation) {
    }

    /** Where an operator's credentials land. */
    public record SecretLocation(String namespace, String name) {
    }

    /** A page of role sets. */
    public record PlatformWorkloadIdentityRoleSetList(List<PlatformWorkloadIdentityRoleSet> value, String nextLink) {
    }
}
