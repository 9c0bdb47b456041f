package io.arorp.api.v20220401;

import io.arorp.api.schema.ArmResource;
import io.arorp.api.schema.CommonRef;
import io.arorp.api.schema.EnumValues;
import io.arorp.api.schema.Flatten;
import io.arorp.api.schema.Mutable;
import io.arorp.api.schema.ReadOnly;
import io.arorp.api.schema.SecretValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The external JSON of api-version 2022-04-01, exactly as its swagger spells it. Records, because an external object
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
            @Flatten OpenShiftClusterProperties properties) {
    }

    /** The body of a PATCH (swagger only: the RP reads a PATCH over the stored cluster). */
    public record OpenShiftClusterUpdate(Map<String, String> tags,
            @Flatten OpenShiftClusterProperties properties) {
    }

    /** A page of clusters. */
    public record OpenShiftClusterList(List<OpenShiftCluster> value,
            String nextLink) {
    }

    /** The cluster properties. */
    public record OpenShiftClusterProperties(@EnumValues(name = "ProvisioningState", values = {"AdminUpdating", "Creating", "Deleting", "Failed", "Succeeded", "Updating"}) String provisioningState,
            ClusterProfile clusterProfile,
            ConsoleProfile consoleProfile,
            ServicePrincipalProfile servicePrincipalProfile,
            NetworkProfile networkProfile,
            MasterProfile masterProfile,
            List<WorkerProfile> workerProfiles,
            APIServerProfile apiserverProfile,
            List<IngressProfile> ingressProfiles) {
    }

    /** Cluster-wide settings. */
    public record ClusterProfile(String pullSecret,
            String domain,
            String version,
            String resourceGroupId,
            @EnumValues(name = "FipsValidatedModules", values = {"Disabled", "Enabled"}) String fipsValidatedModules) {
    }

    /** The console endpoint. */
    public record ConsoleProfile(String url) {
    }

    /** The service principal the cluster runs as. */
    public record ServicePrincipalProfile(@Mutable String clientId,
            @Mutable String clientSecret) {
    }

    /** Cluster networking. */
    public record NetworkProfile(String podCidr,
            String serviceCidr) {
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
            String url,
            String ip) {
    }

    /** An ingress endpoint. */
    public record IngressProfile(String name,
            @EnumValues(name = "Visibility", values = {"Private", "Public"}) String visibility,
            String ip) {
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
            @SecretValue String kubeadminPassword) {
    }

    /** The cluster's admin kubeconfig. */
    public record OpenShiftClusterAdminKubeconfig(@SecretValue String kubeconfig) {
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
    public record OperationList(List<Operation> value,
            String nextLink) {
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
