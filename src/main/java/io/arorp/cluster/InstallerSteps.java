package io.arorp.cluster;

import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.Secret;
import io.arorp.api.WorkerProfile;
import io.arorp.api.EncryptionAtHost;
import io.arorp.env.installer.ClusterCredentials;
import io.arorp.env.installer.InstallSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The installer and what surrounds it: bootstrap ignition in the cluster storage account, the install itself with
 * its credentials stored sealed at once (so a rerun after a crash skips it), removal of the bootstrap machine and
 * ignition in phase 2, and new customer and SRE kubeconfigs on update.
 */
final class InstallerSteps {
    static final String IGNITION_CONTAINER = "ignition";
    static final String BOOTSTRAP_IGNITION = "bootstrap.ign";

    private InstallerSteps() {
    }

    static void writeBootstrapIgnition(ClusterContext c) {
        String ignition = "{\"ignition\":{\"version\":\"3.2.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/hostname\","
                + "\"contents\":{\"source\":\"data:," + c.names().infraId() + "-bootstrap\"}}]}}";
        c.env().cloud().storage().putBlob(c.names().storageAccountId(), IGNITION_CONTAINER, BOOTSTRAP_IGNITION,
                ignition.getBytes(StandardCharsets.UTF_8));
    }

    static void runInstaller(ClusterContext c) {
        if (c.properties().getAdminKubeconfig() != null && c.properties().getKubeadminPassword() != null) {
            return;
        }
        HiveSteps.recordInstallByHive(c);
        ClusterCredentials credentials = c.env().installer().install(spec(c));
        c.patch(d -> {
            OpenShiftClusterProperties p = d.getOpenShiftCluster().getProperties();
            p.setAdminKubeconfig(credentials.adminKubeconfig());
            p.setKubeadminPassword(credentials.kubeadminPassword());
            p.setUserAdminKubeconfig(credentials.userAdminKubeconfig());
        });
        c.resetKube();
    }

    static void removeBootstrap(ClusterContext c) {
        String rg = c.names().resourceGroupId();
        String vm = c.names().infraId() + "-bootstrap";
        var resources = c.env().cloud().resources();
        resources.delete(rg + "/providers/Microsoft.Compute/virtualMachines/" + vm);
        resources.delete(rg + "/providers/Microsoft.Network/networkInterfaces/" + vm + "-nic");
        resources.delete(rg + "/providers/Microsoft.Compute/disks/" + vm + "_OSDisk");
    }

    static void removeBootstrapIgnition(ClusterContext c) {
        c.env().cloud().storage().deleteBlob(c.names().storageAccountId(), IGNITION_CONTAINER, BOOTSTRAP_IGNITION);
    }

    static void fixUserAdminKubeconfig(ClusterContext c) {
        Secret kubeconfig = c.env().installer().newUserAdminKubeconfig(c.cluster().getId());
        c.patch(d -> d.getOpenShiftCluster().getProperties().setUserAdminKubeconfig(kubeconfig));
    }

    /**
     * fixSREKubeconfig: clusters created before the SRE kubeconfig existed get one. As in the original it is made
     * only when missing: it is valid ten years and names a user that never changes. An installer that cannot sign
     * one (Hive) leaves the field empty.
     */
    static void fixSreKubeconfig(ClusterContext c) {
        Secret current = c.properties().getAroSREKubeconfig();
        if (current != null && !current.isEmpty()) {
            return;
        }
        c.env().installer().newSreKubeconfig(c.cluster().getId())
                .ifPresent(k -> c.patch(d -> d.getOpenShiftCluster().getProperties().setAroSREKubeconfig(k)));
    }

    static void destroy(ClusterContext c) {
        c.env().installer().destroy(c.cluster().getId());
    }

    static InstallSpec spec(ClusterContext c) {
        OpenShiftClusterProperties p = c.properties();
        List<WorkerProfile> workers = p.getWorkerProfiles() == null ? List.of() : p.getWorkerProfiles();
        return new InstallSpec(c.cluster().getId(), c.names().resourceGroupId(), c.cluster().getLocation(),
                p.getClusterProfile().getVersion(), p.getInfraId(), c.names().domain(), p.getMasterProfile().getVmSize(),
                p.getMasterProfile().getSubnetId(), workers.stream().map(w -> new InstallSpec.Workers(w.getName(),
                        w.getVmSize(), w.getDiskSizeGB() == null ? 128 : w.getDiskSizeGB(), w.getSubnetId(),
                        w.getCount() == null ? 0 : w.getCount(), w.getEncryptionAtHost() == EncryptionAtHost.ENABLED))
                        .toList(), p.getClusterProfile().getPullSecret(), servicePrincipal(c), workloadIdentity(c));
    }

    /** Null for a service-principal cluster; createOIDC and persistPlatformWorkloadIdentityIDs ran before. */
    static InstallSpec.WorkloadIdentity workloadIdentity(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return null;
        }
        var profile = c.properties().getClusterProfile();
        return new InstallSpec.WorkloadIdentity(profile.getOidcIssuer(), profile.getBoundServiceAccountSigningKey(),
                PlatformWorkloadIdentitySecrets.secrets(c));
    }

    /** Null for a workload-identity cluster (no service principal profile, or one without a secret). */
    static InstallSpec.ServicePrincipal servicePrincipal(ClusterContext c) {
        var sp = c.properties().getServicePrincipalProfile();
        if (sp == null || sp.getClientId() == null || sp.getClientSecret() == null) {
            return null;
        }
        var subscription = c.subscription() == null ? null : c.subscription().getSubscription();
        String tenant = subscription == null || subscription.getProperties() == null ? null
                : subscription.getProperties().getTenantId();
        return new InstallSpec.ServicePrincipal(tenant, c.doc().getPartitionKey(), sp.getClientId(),
                sp.getClientSecret());
    }
}
