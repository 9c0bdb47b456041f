package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The cluster properties. Besides the customer-visible profiles it holds the state machine the frontend and backend
 * share: {@code provisioningState} is the current state, {@code lastProvisioningState} the last terminal one (admin
 * updates return to it) and {@code failedProvisioningState} the state in which the backend failed.
 */
public class OpenShiftClusterProperties extends MissingFields {
    @JsonProperty("architectureVersion")
    private Integer architectureVersion;
    @JsonProperty("provisioningState")
    private ProvisioningState provisioningState;
    @JsonProperty("lastProvisioningState")
    private ProvisioningState lastProvisioningState;
    @JsonProperty("failedProvisioningState")
    private ProvisioningState failedProvisioningState;
    @JsonProperty("lastAdminUpdateError")
    private String lastAdminUpdateError;
    @JsonProperty("maintenanceTask")
    private MaintenanceTask maintenanceTask;
    @JsonProperty("operatorFlags")
    private Map<String, String> operatorFlags;
    @JsonProperty("operatorVersion")
    private String operatorVersion;
    @JsonProperty("zones")
    private List<String> zones;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("createdBy")
    private String createdBy;
    @JsonProperty("provisionedBy")
    private String provisionedBy;
    @JsonProperty("clusterProfile")
    private ClusterProfile clusterProfile;
    @JsonProperty("featureProfile")
    private FeatureProfile featureProfile;
    @JsonProperty("consoleProfile")
    private ConsoleProfile consoleProfile;
    @JsonProperty("servicePrincipalProfile")
    private ServicePrincipalProfile servicePrincipalProfile;
    @JsonProperty("platformWorkloadIdentityProfile")
    private PlatformWorkloadIdentityProfile platformWorkloadIdentityProfile;
    @JsonProperty("networkProfile")
    private NetworkProfile networkProfile;
    @JsonProperty("masterProfile")
    private MasterProfile masterProfile;
    @JsonProperty("workerProfiles")
    private List<WorkerProfile> workerProfiles;
    @JsonProperty("workerProfilesStatus")
    private List<WorkerProfile> workerProfilesStatus;
    @JsonProperty("apiserverProfile")
    private ApiServerProfile apiserverProfile;
    @JsonProperty("ingressProfiles")
    private List<IngressProfile> ingressProfiles;
    @JsonProperty("install")
    private Install install;
    @JsonProperty("storageSuffix")
    private String storageSuffix;
    @JsonProperty("imageRegistryStorageAccountName")
    private String imageRegistryStorageAccountName;
    @JsonProperty("infraId")
    private String infraId;
    @JsonProperty("sshKey")
    private Secret sshKey;
    @JsonProperty("adminKubeconfig")
    private Secret adminKubeconfig;
    @JsonProperty("aroServiceKubeconfig")
    private Secret aroServiceKubeconfig;
    @JsonProperty("aroSREKubeconfig")
    private Secret aroSREKubeconfig;
    @JsonProperty("kubeadminPassword")
    private Secret kubeadminPassword;
    @JsonProperty("userAdminKubeconfig")
    private Secret userAdminKubeconfig;
    @JsonProperty("registryProfiles")
    private List<RegistryProfile> registryProfiles;
    @JsonProperty("hiveProfile")
    private HiveProfile hiveProfile;
    @JsonProperty("maintenanceState")
    private MaintenanceState maintenanceState;

    public Integer getArchitectureVersion() {
        return architectureVersion;
    }

    public void setArchitectureVersion(Integer architectureVersion) {
        this.architectureVersion = architectureVersion;
    }

    public ProvisioningState getProvisioningState() {
        return provisioningState;
    }

    public void setProvisioningState(ProvisioningState provisioningState) {
        this.provisioningState = provisioningState;
    }

    public ProvisioningState getLastProvisioningState() {
        return lastProvisioningState;
    }

    public void setLastProvisioningState(ProvisioningState lastProvisioningState) {
        this.lastProvisioningState = lastProvisioningState;
    }

    public ProvisioningState getFailedProvisioningState() {
        return failedProvisioningState;
    }

    public void setFailedProvisioningState(ProvisioningState failedProvisioningState) {
        this.failedProvisioningState = failedProvisioningState;
    }

    public String getLastAdminUpdateError() {
        return lastAdminUpdateError;
    }

    public void setLastAdminUpdateError(String lastAdminUpdateError) {
        this.lastAdminUpdateError = lastAdminUpdateError;
    }

    public MaintenanceTask getMaintenanceTask() {
        return maintenanceTask;
    }

    public void setMaintenanceTask(MaintenanceTask maintenanceTask) {
        this.maintenanceTask = maintenanceTask;
    }

    public Map<String, String> getOperatorFlags() {
        return operatorFlags;
    }

    public void setOperatorFlags(Map<String, String> operatorFlags) {
        this.operatorFlags = operatorFlags;
    }

    public String getOperatorVersion() {
        return operatorVersion;
    }

    public void setOperatorVersion(String operatorVersion) {
        this.operatorVersion = operatorVersion;
    }

    public List<String> getZones() {
        return zones;
    }

    public void setZones(List<String> zones) {
        this.zones = zones;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public String getProvisionedBy() {
        return provisionedBy;
    }

    public void setProvisionedBy(String provisionedBy) {
        this.provisionedBy = provisionedBy;
    }

    public ClusterProfile getClusterProfile() {
        return clusterProfile;
    }

    public void setClusterProfile(ClusterProfile clusterProfile) {
        this.clusterProfile = clusterProfile;
    }

    public FeatureProfile getFeatureProfile() {
        return featureProfile;
    }

    public void setFeatureProfile(FeatureProfile featureProfile) {
        this.featureProfile = featureProfile;
    }

    public ConsoleProfile getConsoleProfile() {
        return consoleProfile;
    }

    public void setConsoleProfile(ConsoleProfile consoleProfile) {
        this.consoleProfile = consoleProfile;
    }

    public ServicePrincipalProfile getServicePrincipalProfile() {
        return servicePrincipalProfile;
    }

    public void setServicePrincipalProfile(ServicePrincipalProfile servicePrincipalProfile) {
        this.servicePrincipalProfile = servicePrincipalProfile;
    }

    public PlatformWorkloadIdentityProfile getPlatformWorkloadIdentityProfile() {
        return platformWorkloadIdentityProfile;
    }

    public void setPlatformWorkloadIdentityProfile(PlatformWorkloadIdentityProfile platformWorkloadIdentityProfile) {
        this.platformWorkloadIdentityProfile = platformWorkloadIdentityProfile;
    }

    public NetworkProfile getNetworkProfile() {
        return networkProfile;
    }

    public void setNetworkProfile(NetworkProfile networkProfile) {
        this.networkProfile = networkProfile;
    }

    public MasterProfile getMasterProfile() {
        return masterProfile;
    }

    public void setMasterProfile(MasterProfile masterProfile) {
        this.masterProfile = masterProfile;
    }

    public List<WorkerProfile> getWorkerProfiles() {
        return workerProfiles;
    }

    public void setWorkerProfiles(List<WorkerProfile> workerProfiles) {
        this.workerProfiles = workerProfiles;
    }

    public List<WorkerProfile> getWorkerProfilesStatus() {
        return workerProfilesStatus;
    }

    public void setWorkerProfilesStatus(List<WorkerProfile> workerProfilesStatus) {
        this.workerProfilesStatus = workerProfilesStatus;
    }

    public ApiServerProfile getApiserverProfile() {
        return apiserverProfile;
    }

    public void setApiserverProfile(ApiServerProfile apiserverProfile) {
        this.apiserverProfile = apiserverProfile;
    }

    public List<IngressProfile> getIngressProfiles() {
        return ingressProfiles;
    }

    public void setIngressProfiles(List<IngressProfile> ingressProfiles) {
        this.ingressProfiles = ingressProfiles;
    }

    public Install getInstall() {
        return install;
    }

    public void setInstall(Install install) {
        this.install = install;
    }

    public String getStorageSuffix() {
        return storageSuffix;
    }

    public void setStorageSuffix(String storageSuffix) {
        this.storageSuffix = storageSuffix;
    }

    public String getImageRegistryStorageAccountName() {
        return imageRegistryStorageAccountName;
    }

    public void setImageRegistryStorageAccountName(String imageRegistryStorageAccountName) {
        this.imageRegistryStorageAccountName = imageRegistryStorageAccountName;
    }

    public String getInfraId() {
        return infraId;
    }

    public void setInfraId(String infraId) {
        this.infraId = infraId;
    }

    public Secret getSshKey() {
        return sshKey;
    }

    public void setSshKey(Secret sshKey) {
        this.sshKey = sshKey;
    }

    public Secret getAdminKubeconfig() {
        return adminKubeconfig;
    }

    public void setAdminKubeconfig(Secret adminKubeconfig) {
        this.adminKubeconfig = adminKubeconfig;
    }

    public Secret getAroServiceKubeconfig() {
        return aroServiceKubeconfig;
    }

    public void setAroServiceKubeconfig(Secret aroServiceKubeconfig) {
        this.aroServiceKubeconfig = aroServiceKubeconfig;
    }

    public Secret getAroSREKubeconfig() {
        return aroSREKubeconfig;
    }

    public void setAroSREKubeconfig(Secret aroSREKubeconfig) {
        this.aroSREKubeconfig = aroSREKubeconfig;
    }

    public Secret getKubeadminPassword() {
        return kubeadminPassword;
    }

    public void setKubeadminPassword(Secret kubeadminPassword) {
        this.kubeadminPassword = kubeadminPassword;
    }

    public Secret getUserAdminKubeconfig() {
        return userAdminKubeconfig;
    }

    public void setUserAdminKubeconfig(Secret userAdminKubeconfig) {
        this.userAdminKubeconfig = userAdminKubeconfig;
    }

    public List<RegistryProfile> getRegistryProfiles() {
        return registryProfiles;
    }

    public void setRegistryProfiles(List<RegistryProfile> registryProfiles) {
        this.registryProfiles = registryProfiles;
    }

    public HiveProfile getHiveProfile() {
        return hiveProfile;
    }

    public void setHiveProfile(HiveProfile hiveProfile) {
        this.hiveProfile = hiveProfile;
    }

    public MaintenanceState getMaintenanceState() {
        return maintenanceState;
    }

    public void setMaintenanceState(MaintenanceState maintenanceState) {
        this.maintenanceState = maintenanceState;
    }
}
