package io.arorp.env.sim.installer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.installer.InstallSpec;
import io.arorp.env.sim.cloud.SimulatedCloud;
import java.util.ArrayList;
import java.util.List;

/**
 * The VMs, NICs and disks the OpenShift installer creates in the cluster resource group: three masters, the
 * temporary bootstrap VM and the workers of each pool over zones 1..3. Names are derived (not random) so a repeated
 * install rewrites the same resources instead of adding machines.
 */
final class InstalledMachines {
    private final SimulatedCloud cloud;

    InstalledMachines(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    void create(InstallSpec spec) {
        for (CloudResource r : resources(spec)) {
            cloud.create(r);
        }
    }

    static List<CloudResource> resources(InstallSpec spec) {
        List<CloudResource> out = new ArrayList<>();
        String rg = spec.clusterResourceGroupId();
        for (int i = 0; i < 3; i++) {
            vm(out, spec, rg, spec.infraId() + "-master-" + i, spec.masterVmSize(), String.valueOf(i + 1),
                    spec.masterSubnetId());
        }
        vm(out, spec, rg, spec.infraId() + "-bootstrap", "Standard_D4s_v3", null, spec.masterSubnetId());
        for (InstallSpec.Workers pool : spec.workers()) {
            for (int i = 0; i < pool.count(); i++) {
                String zone = String.valueOf(i % 3 + 1);
                vm(out, spec, rg, spec.infraId() + "-" + pool.name() + "-" + spec.location() + zone + "-" + i,
                        pool.vmSize(), zone, pool.subnetId());
            }
        }
        return out;
    }

    private static void vm(List<CloudResource> out, InstallSpec spec, String rg, String name, String size, String zone,
                           String subnetId) {
        String nicId = rg + "/providers/Microsoft.Network/networkInterfaces/" + name + "-nic";
        String diskId = rg + "/providers/Microsoft.Compute/disks/" + name + "_OSDisk";
        var nic = JsonNodeFactory.instance.objectNode().put("provisioningState", "Succeeded");
        nic.putArray("ipConfigurations").addObject().put("name", "pipConfig").putObject("subnet").put("id", subnetId);
        out.add(CloudResource.of(nicId, "Microsoft.Network/networkInterfaces", spec.location(), nic));
        out.add(CloudResource.of(diskId, "Microsoft.Compute/disks", spec.location(), JsonNodeFactory.instance.objectNode()));
        var properties = JsonNodeFactory.instance.objectNode().put("powerState", "running").put("boots", 1)
                .put("hostGeneration", 0);
        properties.putObject("hardwareProfile").put("vmSize", size);
        properties.putObject("networkProfile").put("nic", nicId);
        properties.putObject("storageProfile").put("osDisk", diskId);
        if (zone != null) {
            properties.put("zone", zone);
        }
        out.add(CloudResource.of(rg + "/providers/Microsoft.Compute/virtualMachines/" + name,
                "Microsoft.Compute/virtualMachines", spec.location(), properties));
    }
}
