package io.arorp.api;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic clusters as stored, used to build each version's examples (swagger, tests) by converting them, so examples
 * can never disagree with what a version really shows. Every call builds a new object.
 */
public final class ExampleClusters {
    public static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
    public static final String ID = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/resourceGroup/providers/Microsoft.RedHatOpenShift/openShiftClusters/resourceName";
    private static final String VNET = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/vnetResourceGroup/providers/Microsoft.Network/virtualNetworks/vnet";

    private ExampleClusters() {
    }

    /** A succeeded service-principal cluster with every customer-visible and internal field filled in. */
    public static OpenShiftCluster servicePrincipalCluster() {
        OpenShiftCluster oc = new OpenShiftCluster();
        oc.setId(ID);
        oc.setName("resourceName");
        oc.setType("Microsoft.RedHatOpenShift/openShiftClusters");
        oc.setLocation("location");
        oc.setTags(new LinkedHashMap<>(Map.of("key", "value")));
        SystemData sd = new SystemData();
        sd.setCreatedBy("string");
        sd.setCreatedByType("Application");
        sd.setCreatedAt(OffsetDateTime.parse("2020-02-03T01:01:01.1075056Z"));
        sd.setLastModifiedBy("string");
        sd.setLastModifiedByType("Application");
        sd.setLastModifiedAt(OffsetDateTime.parse("2020-02-03T01:01:01.1075056Z"));
        oc.setSystemData(sd);
        oc.setProperties(properties());
        ServicePrincipalProfile sp = new ServicePrincipalProfile();
        sp.setClientId("clientId");
        sp.setClientSecret(Secret.of("clientSecret"));
        sp.setSpObjectId("spObjectId");
        oc.getProperties().setServicePrincipalProfile(sp);
        return oc;
    }

    /** The same cluster running with workload identity instead of a service principal. */
    public static OpenShiftCluster workloadIdentityCluster() {
        OpenShiftCluster oc = servicePrincipalCluster();
        oc.getProperties().setServicePrincipalProfile(null);
        PlatformWorkloadIdentity pwi = new PlatformWorkloadIdentity();
        pwi.setResourceId("/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/cloud-controller");
        pwi.setClientId("11111111-1111-1111-1111-111111111111");
        pwi.setObjectId("22222222-2222-2222-2222-222222222222");
        PlatformWorkloadIdentityProfile profile = new PlatformWorkloadIdentityProfile();
        profile.setUpgradeableTo("4.15.40");
        profile.setPlatformWorkloadIdentities(new LinkedHashMap<>(Map.of("CloudControllerManager", pwi)));
        oc.getProperties().setPlatformWorkloadIdentityProfile(profile);
        oc.getProperties().getClusterProfile().setOidcIssuer("https://oidc.example/issuer");
        oc.getProperties().getClusterProfile().setBoundServiceAccountSigningKey(Secret.of("signingKey"));
        UserAssignedIdentity uai = new UserAssignedIdentity();
        uai.setClientId("33333333-3333-3333-3333-333333333333");
        uai.setPrincipalId("44444444-4444-4444-4444-444444444444");
        ManagedServiceIdentity msi = new ManagedServiceIdentity();
        msi.setType(ManagedServiceIdentityType.USER_ASSIGNED);
        msi.setUserAssignedIdentities(new LinkedHashMap<>(Map.of("/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/cluster", uai)));
        msi.setTenantId("55555555-5555-5555-5555-555555555555");
        msi.setIdentityURL("https://identity.example/msi");
        oc.setIdentity(msi);
        return oc;
    }

    /** An enabled, default OpenShift version as the admin API stores it. */
    public static OpenShiftVersion openShiftVersion() {
        OpenShiftVersion v = new OpenShiftVersion();
        v.setId("/subscriptions/" + SUBSCRIPTION
                + "/providers/Microsoft.RedHatOpenShift/locations/location/openShiftVersions/4.15.35");
        v.setName("4.15.35");
        v.setType("Microsoft.RedHatOpenShift/OpenShiftVersion");
        OpenShiftVersionProperties p = new OpenShiftVersionProperties();
        p.setVersion("4.15.35");
        p.setOpenShiftPullspec("quay.io/openshift-release-dev/ocp-release@sha256:0000");
        p.setInstallerPullspec("arointsvc.azurecr.io/aro-installer:release-4.15");
        p.setEnabled(true);
        p.setIsDefault(true);
        v.setProperties(p);
        return v;
    }

    /** The role set of OpenShift 4.15 with one operator. */
    public static PlatformWorkloadIdentityRoleSet roleSet() {
        PlatformWorkloadIdentityRoleSet r = new PlatformWorkloadIdentityRoleSet();
        r.setId("/subscriptions/" + SUBSCRIPTION
                + "/providers/Microsoft.RedHatOpenShift/locations/location/platformWorkloadIdentityRoleSets/4.15");
        r.setName("4.15");
        r.setType("Microsoft.RedHatOpenShift/PlatformWorkloadIdentityRoleSet");
        PlatformWorkloadIdentityRole role = new PlatformWorkloadIdentityRole();
        role.setOperatorName("CloudControllerManager");
        role.setRoleDefinitionName("Azure Red Hat OpenShift Cloud Controller Manager");
        role.setRoleDefinitionId(
                "/providers/Microsoft.Authorization/roleDefinitions/a1f96423-95ce-4224-ab27-4e3dc72facd4");
        role.setServiceAccounts(
                List.of("system:serviceaccount:openshift-cloud-controller-manager:cloud-controller-manager"));
        SecretLocation location = new SecretLocation();
        location.setNamespace("openshift-cloud-controller-manager");
        location.setName("azure-cloud-credentials");
        role.setSecretLocation(location);
        PlatformWorkloadIdentityRoleSetProperties p = new PlatformWorkloadIdentityRoleSetProperties();
        p.setOpenShiftVersion("4.15");
        p.setPlatformWorkloadIdentityRoles(List.of(role));
        r.setProperties(p);
        return r;
    }

    private static OpenShiftClusterProperties properties() {
        OpenShiftClusterProperties p = new OpenShiftClusterProperties();
        p.setArchitectureVersion(1);
        p.setProvisioningState(ProvisioningState.SUCCEEDED);
        p.setMaintenanceState(MaintenanceState.NONE);
        p.setOperatorFlags(new LinkedHashMap<>(Map.of("aro.imageconfig.enabled", "true")));
        p.setCreatedBy("commit");
        ClusterProfile cp = new ClusterProfile();
        cp.setPullSecret(Secret.of("{\"auths\":{}}"));
        cp.setDomain("cluster.location.aroapp.io");
        cp.setVersion("4.15.35");
        cp.setResourceGroupId("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/clusterResourceGroup");
        cp.setFipsValidatedModules(FipsValidatedModules.ENABLED);
        p.setClusterProfile(cp);
        ConsoleProfile console = new ConsoleProfile();
        console.setUrl("https://console-openshift-console.apps.cluster.location.aroapp.io/");
        p.setConsoleProfile(console);
        NetworkProfile np = new NetworkProfile();
        np.setPodCidr("10.128.0.0/14");
        np.setServiceCidr("172.30.0.0/16");
        np.setOutboundType(OutboundType.LOADBALANCER);
        np.setPreconfiguredNSG(PreconfiguredNsg.DISABLED);
        np.setMtuSize(1500);
        LoadBalancerProfile lb = new LoadBalancerProfile();
        ManagedOutboundIps ips = new ManagedOutboundIps();
        ips.setCount(1);
        lb.setManagedOutboundIps(ips);
        ResourceReference effective = new ResourceReference();
        effective.setId("/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/clusterResourceGroup/providers/Microsoft.Network/publicIPAddresses/publicIP");
        lb.setEffectiveOutboundIps(List.of(effective));
        np.setLoadBalancerProfile(lb);
        p.setNetworkProfile(np);
        MasterProfile mp = new MasterProfile();
        mp.setVmSize("Standard_D8s_v3");
        mp.setSubnetId(VNET + "/subnets/master");
        mp.setEncryptionAtHost(EncryptionAtHost.ENABLED);
        mp.setDiskEncryptionSetId("/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/resourceGroup/providers/Microsoft.Compute/diskEncryptionSets/diskEncryptionSet");
        p.setMasterProfile(mp);
        WorkerProfile wp = new WorkerProfile();
        wp.setName("worker");
        wp.setVmSize("Standard_D2s_v3");
        wp.setDiskSizeGB(128);
        wp.setSubnetId(VNET + "/subnets/worker");
        wp.setCount(3);
        wp.setEncryptionAtHost(EncryptionAtHost.ENABLED);
        wp.setDiskEncryptionSetId(mp.getDiskEncryptionSetId());
        p.setWorkerProfiles(List.of(wp));
        p.setWorkerProfilesStatus(List.of(wp));
        ApiServerProfile ap = new ApiServerProfile();
        ap.setVisibility(Visibility.PUBLIC);
        ap.setUrl("https://api.cluster.location.aroapp.io:6443/");
        ap.setIp("1.2.3.4");
        ap.setIntIp("10.0.0.4");
        p.setApiserverProfile(ap);
        IngressProfile ip = new IngressProfile();
        ip.setName("default");
        ip.setVisibility(Visibility.PUBLIC);
        ip.setIp("1.2.3.4");
        p.setIngressProfiles(List.of(ip));
        p.setInfraId("infra-abc12");
        p.setKubeadminPassword(Secret.of("kubeadminPassword"));
        p.setAdminKubeconfig(Secret.of("adminKubeconfig"));
        p.setUserAdminKubeconfig(Secret.of("userAdminKubeconfig"));
        p.setAroServiceKubeconfig(Secret.of("aroServiceKubeconfig"));
        p.setAroSREKubeconfig(Secret.of("aroSREKubeconfig"));
        p.setSshKey(Secret.of("sshKey"));
        RegistryProfile rp = new RegistryProfile();
        rp.setName("arosvc.azurecr.io");
        rp.setUsername("user");
        rp.setPassword(Secret.of("registryPassword"));
        p.setRegistryProfiles(List.of(rp));
        return p;
    }
}
