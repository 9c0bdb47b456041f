package io.arorp.cluster;

import static io.arorp.cluster.Step.action;
import static io.arorp.cluster.Step.authorizationRetrying;
import static io.arorp.cluster.Step.bestEffortCondition;
import static io.arorp.cluster.Step.condition;

import io.arorp.api.InstallPhase;
import io.arorp.api.MaintenanceTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered step lists of the original RP (appendix B3) for each operation, run by the {@link StepRunner}, in the
 * original's order. Workload-identity steps are no-ops for service-principal clusters and the service-principal ones
 * for workload-identity clusters, so one list serves both. An admin update updates the ARO operator (and then syncs
 * its Cluster object) only on clusters of version 4.7.0 or later, as the original; the SyncClusterObject task syncs on
 * any version. Where the RP adopts clusters into Hive ({@code aro.hive.adopt}), an admin update of everything
 * registers a cluster Hive did not install with Hive after the operator update and before updateProvisionedBy, and
 * delete removes its Hive namespace.
 */
public final class ClusterManager {
    public static final String INSTALL = "install";
    public static final String UPDATE = "update";
    public static final String ADMIN_UPDATE = "adminUpdate";
    public static final String DELETE = "delete";
    private static final Duration M30 = Duration.ofMinutes(30);
    private static final Duration M20 = Duration.ofMinutes(20);

    private final StepRunner runner;

    public ClusterManager(StepRunner runner) {
        this.runner = runner;
    }

    /** Runs the current install phase; on return the document says whether another phase follows. */
    public void install(ClusterContext c) throws Exception {
        InfraSteps.startInstall(c);
        InstallPhase phase = c.properties().getInstall().getPhase();
        runner.run(INSTALL, phase == InstallPhase.BOOTSTRAP ? bootstrap() : removeBootstrap(), c);
    }

    public void update(ClusterContext c) throws Exception {
        runner.run(UPDATE, List.of(
                action("ensureClusterMsiCertificate", ClusterMsiSteps::ensureClusterMsiCertificate),
                action("removeReplacedFederatedCredentials",
                        FederatedCredentialSteps::removeReplacedFederatedCredentials),
                action("platformWorkloadIdentityIDs", WorkloadIdentitySteps::platformWorkloadIdentityIds),
                action("clusterSPObjectID", ServicePrincipalSteps::clusterSpObjectId),
                action("validateResources", x -> ResourceValidation.validate(x, false)),
                action("clusterIdentityIDs", WorkloadIdentitySteps::clusterIdentityIds),
                action("persistPlatformWorkloadIdentityIDs", WorkloadIdentitySteps::persistPlatformWorkloadIdentityIds),
                authorizationRetrying("ensurePlatformWorkloadIdentityRBAC",
                        PlatformWorkloadIdentityRbac::ensurePlatformWorkloadIdentityRbac),
                authorizationRetrying("federateIdentityCredentials",
                        FederatedCredentialSteps::federateIdentityCredentials),
                action("createOrUpdateDenyAssignment", DenyAssignmentSteps::createOrUpdateDenyAssignment),
                action("startVMs", DeleteSteps::startVms),
                condition("apiServersReady", KubeSteps::apiServersReady, M30),
                action("rotateACRTokenPassword", RegistrySteps::rotateAcrTokenPassword),
                action("correctCertificateIssuer", CertificateSteps::correctCertificateIssuer),
                action("configureAPIServerCertificate", CertificateSteps::createCertificates),
                action("configureIngressCertificate", IngressCertificateSteps::configureIngressCertificate),
                action("fixUserAdminKubeconfig", InstallerSteps::fixUserAdminKubeconfig),
                action("reconcileLoadBalancerProfile", OutboundIpSteps::reconcileLoadBalancerProfile),
                action("reconcileSoftwareDefinedNetwork", NetworkTypeSteps::reconcileSoftwareDefinedNetwork),
                action("ensureCredentialsRequest", CredentialsRequestSteps::ensureCredentialsRequest),
                action("ensureUpgradeAnnotation", PlatformWorkloadIdentitySecrets::ensureUpgradeAnnotation),
                action("deployPlatformWorkloadIdentitySecrets",
                        PlatformWorkloadIdentitySecrets::deployPlatformWorkloadIdentitySecrets),
                action("updateOpenShiftSecret", ClusterCredentialSteps::updateOpenShiftSecret),
                condition("aroCredentialsRequestReconciled", CredentialsRequestSteps::aroCredentialsRequestReconciled,
                        Duration.ofMinutes(3)),
                action("updateAROSecret", CredentialsRequestSteps::updateAroSecret),
                action("restartAROOperatorMaster", ClusterCredentialSteps::restartAroOperatorMaster),
                condition("aroDeploymentReady", KubeSteps::aroDeploymentReady, Duration.ofMinutes(5))), c);
    }

    public void adminUpdate(ClusterContext c) throws Exception {
        MaintenanceTask task = c.properties().getMaintenanceTask();
        List<Step> steps = new ArrayList<>(List.of(
                action("ensureBillingRecord", BillingSteps::ensureBillingRecord),
                action("ensureDefaults", InfraSteps::populateMtuSize),
                action("ensureClusterMsiCertificate", ClusterMsiSteps::ensureClusterMsiCertificate),
                action("fixInfraID", InfraSteps::ensureInfraId)));
        boolean everything = task == null || task == MaintenanceTask.EVERYTHING;
        if (everything) {
            steps.addAll(List.of(
                    action("ensureResourceGroup", ResourceGroupSteps::ensureResourceGroup),
                    action("createOrUpdateDenyAssignment", DenyAssignmentSteps::createOrUpdateDenyAssignment),
                    action("ensureServiceEndpoints", NetworkSteps::ensureServiceEndpoints),
                    action("populateRegistryStorageAccountName",
                            StorageAccountSteps::populateRegistryStorageAccountName), // before migrateStorageAccounts
                    action("migrateStorageAccounts", StorageAccountSteps::migrateStorageAccounts),
                    action("fixSSH", SshSteps::fixSsh),
                    action("startVMs", DeleteSteps::startVms),
                    condition("apiServersReady", KubeSteps::apiServersReady, M30),
                    action("fixSREKubeconfig", InstallerSteps::fixSreKubeconfig),
                    action("fixUserAdminKubeconfig", InstallerSteps::fixUserAdminKubeconfig),
                    action("createOrUpdateRouterIPFromCluster", BaseResources::createOrUpdateRouterIpEarly),
                    action("ensureGatewayUpgrade", GatewaySteps::ensureGatewayUpgrade),
                    action("rotateACRTokenPassword", RegistrySteps::rotateAcrTokenPassword),
                    action("reconcileSoftwareDefinedNetwork", NetworkTypeSteps::reconcileSoftwareDefinedNetwork)));
        }
        if (task == MaintenanceTask.MIGRATE_LOAD_BALANCER) {
            steps.add(action("migrateInternalLoadBalancerZones",
                    LoadBalancerZoneSteps::migrateInternalLoadBalancerZones));
            steps.add(action("fixSSH", SshSteps::fixSsh));
        }
        if (everything || task == MaintenanceTask.CERTIFICATES_RENEWAL) {
            steps.add(action("populateDatabaseIntIP", McsCertificateSteps::populateDatabaseIntIp));
            steps.add(action("correctCertificateIssuer", CertificateSteps::correctCertificateIssuer));
            steps.add(action("fixMCSCert", McsCertificateSteps::fixMcsCert));
            steps.add(action("fixMCSUserData", McsUserDataSteps::fixMcsUserData));
            steps.add(action("renewCertificates", CertificateSteps::renewCertificates));
            steps.add(action("configureIngressCertificate", IngressCertificateSteps::configureIngressCertificate));
        }
        boolean operatorUpdate = everything || task == MaintenanceTask.OPERATOR_UPDATE;
        if (operatorUpdate && OperatorVersionSteps.shouldUpdateOperator(c.properties().getClusterProfile()
                .getVersion())) {
            steps.add(action("ensureAROOperator", OperatorSteps::deploy));
            steps.add(condition("aroDeploymentReady", KubeSteps::aroDeploymentReady, M20));
            steps.add(condition("ensureAROOperatorRunningDesiredVersion", OperatorVersionSteps::runningDesiredVersion,
                    Duration.ofMinutes(5)));
            // after the operator update, so that flag changes reach the new operator only
            steps.add(action("syncClusterObject", OperatorSteps::syncClusterObject));
        }
        if (task == MaintenanceTask.SYNC_CLUSTER_OBJECT) {
            steps.add(action("syncClusterObject", OperatorSteps::syncClusterObject));
        }
        if (everything && c.env().hive().isPresent() && !HiveSteps.createdByHive(c)) {
            steps.addAll(List.of(
                    action("hiveCreateNamespace", HiveSteps::createNamespace),
                    action("hiveEnsureResources", HiveSteps::ensureResources),
                    bestEffortCondition("hiveClusterDeploymentReady", HiveSteps::clusterDeploymentReady,
                            Duration.ofMinutes(5)),
                    action("hiveResetCorrelationData", HiveSteps::resetCorrelationData)));
        }
        if (everything) {
            steps.add(action("updateProvisionedBy", OperatorVersionSteps::updateProvisionedBy));
        }
        runner.run(ADMIN_UPDATE, steps, c);
    }

    public void delete(ClusterContext c) throws Exception {
        runner.run(DELETE, List.of(
                action("deleteDNS", BaseResources::deleteDns),
                action("deletePrivateEndpoint", PrivateEndpointSteps::deleteRpPrivateEndpoint),
                action("deleteOIDC", OidcSteps::deleteOidc),
                action("deleteRoleAssignments", DeleteSteps::deleteRoleAssignments),
                action("deleteGateway", GatewaySteps::deleteGateway),
                action("deleteResources", DeleteSteps::deleteResources),
                action("deleteFederatedCredentials", FederatedCredentialSteps::deleteFederatedCredentials),
                action("deleteClusterMsiCertificate", ClusterMsiSteps::deleteClusterMsiCertificate),
                action("deleteSignedCertificates", CertificateSteps::deleteCertificates),
                action("deleteClusterACRToken", RegistrySteps::deleteAcrToken),
                action("destroyCluster", InstallerSteps::destroy),
                action("hiveDeleteResources", HiveSteps::deleteResources),
                action("markBillingForDeletion", BillingSteps::markForDeletion)), c);
    }

    static List<Step> bootstrap() {
        return List.of(
                action("ensureClusterMsiCertificate", ClusterMsiSteps::ensureClusterMsiCertificate),
                action("platformWorkloadIdentityIDs", WorkloadIdentitySteps::platformWorkloadIdentityIds),
                // before validateResources (the original resolves it after): the VNet check names the SP by object id
                action("clusterSPObjectID", ServicePrincipalSteps::clusterSpObjectId),
                action("validateResources", x -> ResourceValidation.validate(x, true)),
                action("clusterIdentityIDs", WorkloadIdentitySteps::clusterIdentityIds),
                action("persistPlatformWorkloadIdentityIDs", WorkloadIdentitySteps::persistPlatformWorkloadIdentityIds),
                action("ensureACRToken", RegistrySteps::ensureAcrToken),
                action("ensureInfraID", InfraSteps::ensureInfraId),
                action("ensureSSHKey", InfraSteps::ensureSshKey),
                action("ensureStorageSuffix", InfraSteps::ensureStorageSuffix),
                action("populateMTUSize", InfraSteps::populateMtuSize),
                action("createOIDC", OidcSteps::createOidc),
                authorizationRetrying("ensureResourceGroup", ResourceGroupSteps::ensureResourceGroup),
                action("ensureServiceEndpoints", NetworkSteps::ensureServiceEndpoints),
                action("setMasterSubnetPolicies", NetworkSteps::setMasterSubnetPolicies),
                authorizationRetrying("deployBaseResourceTemplate", BaseResources::deploy),
                // the original's base template holds these assignments; one step serves install and update
                authorizationRetrying("ensurePlatformWorkloadIdentityRBAC",
                        PlatformWorkloadIdentityRbac::ensurePlatformWorkloadIdentityRbac),
                authorizationRetrying("federateIdentityCredentials",
                        FederatedCredentialSteps::federateIdentityCredentials),
                action("attachNSGs", NetworkSteps::attachNsgs),
                action("updateAPIIPEarly", BaseResources::updateApiIpEarly),
                action("createOrUpdateRouterIPEarly", BaseResources::createOrUpdateRouterIpEarly),
                action("reconcileLoadBalancerProfile", OutboundIpSteps::reconcileLoadBalancerProfile),
                action("ensureGatewayCreate", GatewaySteps::ensureGatewayCreate),
                action("createAPIServerPrivateEndpoint", PrivateEndpointSteps::createApiServerPrivateEndpoint),
                action("createCertificates", CertificateSteps::createCertificates),
                action("writeBootstrapIgnition", InstallerSteps::writeBootstrapIgnition),
                action("runInstaller", InstallerSteps::runInstaller),
                action("ensureBillingRecord", BillingSteps::ensureBillingRecord),
                condition("apiServersReady", KubeSteps::apiServersReady, M30),
                action("installAROOperator", OperatorSteps::deploy),
                action("incrInstallPhase", InfraSteps::nextInstallPhase));
    }

    static List<Step> removeBootstrap() {
        return List.of(
                action("removeBootstrap", InstallerSteps::removeBootstrap),
                action("removeBootstrapIgnition", InstallerSteps::removeBootstrapIgnition),
                condition("apiServersReady", KubeSteps::apiServersReady, M30),
                condition("minimumWorkerNodesReady", KubeSteps::minimumWorkerNodesReady, M30),
                condition("operatorConsoleExists", KubeSteps::operatorConsoleExists, M30),
                action("updateConsoleBranding", KubeSteps::updateConsoleBranding),
                condition("operatorConsoleReady", KubeSteps::operatorConsoleReady, M20),
                action("disableUpdates", KubeSteps::disableUpdates),
                condition("clusterVersionReady", KubeSteps::clusterVersionReady, M30),
                condition("aroDeploymentReady", KubeSteps::aroDeploymentReady, M20),
                action("updateClusterData", KubeSteps::updateClusterData),
                condition("ingressControllerReady", KubeSteps::ingressControllerReady, M30),
                condition("clusterOperatorsHaveSettled", KubeSteps::clusterOperatorsHaveSettled, M30),
                action("finishInstallation", InfraSteps::finishInstallation));
    }
}
