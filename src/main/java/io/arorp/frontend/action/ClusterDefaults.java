package io.arorp.frontend.action;

import io.arorp.api.EncryptionAtHost;
import io.arorp.api.FipsValidatedModules;
import io.arorp.api.LoadBalancerProfile;
import io.arorp.api.MaintenanceTask;
import io.arorp.api.ManagedOutboundIps;
import io.arorp.api.NetworkProfile;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.OutboundType;
import io.arorp.api.PreconfiguredNsg;
import io.arorp.api.ProvisioningState;
import io.arorp.api.WorkerProfile;
import java.util.HashMap;

/** The defaults the original fills in after conversion, so every stored cluster has them whatever its api-version. */
final class ClusterDefaults {
    private ClusterDefaults() {
    }

    static void apply(OpenShiftClusterProperties p) {
        if (p.getClusterProfile() != null && p.getClusterProfile().getFipsValidatedModules() == null) {
            p.getClusterProfile().setFipsValidatedModules(FipsValidatedModules.DISABLED);
        }
        if (p.getMasterProfile() != null && p.getMasterProfile().getEncryptionAtHost() == null) {
            p.getMasterProfile().setEncryptionAtHost(EncryptionAtHost.DISABLED);
        }
        if (p.getWorkerProfiles() != null) {
            for (WorkerProfile w : p.getWorkerProfiles()) {
                if (w.getEncryptionAtHost() == null) {
                    w.setEncryptionAtHost(EncryptionAtHost.DISABLED);
                }
            }
        }
        if (p.getProvisioningState() == ProvisioningState.ADMIN_UPDATING && p.getMaintenanceTask() == null) {
            p.setMaintenanceTask(MaintenanceTask.EVERYTHING);
        }
        if (p.getOperatorFlags() == null) {
            p.setOperatorFlags(new HashMap<>());
        }
        NetworkProfile n = p.getNetworkProfile();
        if (n != null) {
            if (n.getOutboundType() == null) {
                n.setOutboundType(OutboundType.LOADBALANCER);
            }
            if (n.getPreconfiguredNSG() == null) {
                n.setPreconfiguredNSG(PreconfiguredNsg.DISABLED);
            }
            if (n.getOutboundType() == OutboundType.LOADBALANCER) {
                if (n.getLoadBalancerProfile() == null) {
                    n.setLoadBalancerProfile(new LoadBalancerProfile());
                }
                if (n.getLoadBalancerProfile().getManagedOutboundIps() == null) {
                    ManagedOutboundIps ips = new ManagedOutboundIps();
                    ips.setCount(1);
                    n.getLoadBalancerProfile().setManagedOutboundIps(ips);
                }
            }
        }
    }
}
