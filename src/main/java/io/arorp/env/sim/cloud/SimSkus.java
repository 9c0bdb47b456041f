package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.Skus;
import io.arorp.env.cloud.VmSku;
import java.util.Optional;

/**
 * Every size is offered, unrestricted and capable of encryption at host (except {@code Standard_M128ms}, as in Azure)
 * until a resource {@code /subscriptions/{s}/providers/Microsoft.Compute/locations/{location}/skus/{size}} of type
 * {@value #TYPE} says otherwise with {@code properties.available}, {@code restricted} or
 * {@code encryptionAtHostSupported} (put through {@code /admin/simulation/resources}).
 */
public final class SimSkus implements Skus {
    public static final String TYPE = "Microsoft.Compute/skus";
    private final SimulatedCloud cloud;

    public SimSkus(SimulatedCloud cloud) {
        this.cloud = cloud;
    }

    /** The id of the resource that overrides a size's defaults. */
    public static String id(String subscriptionId, String location, String vmSize) {
        return "/subscriptions/" + subscriptionId + "/providers/Microsoft.Compute/locations/" + location + "/skus/"
                + vmSize;
    }

    @Override
    public Optional<VmSku> virtualMachineSku(String subscriptionId, String location, String vmSize) {
        String id = id(subscriptionId, location, vmSize);
        return cloud.calls().call("skus.get", id, () -> {
            boolean encryptionAtHost = !"Standard_M128ms".equalsIgnoreCase(vmSize);
            Optional<CloudResource> override = cloud.get(id);
            if (override.isEmpty()) {
                return Optional.of(new VmSku(vmSize, false, encryptionAtHost));
            }
            ObjectNode p = override.get().properties();
            if (!p.path("available").asBoolean(true)) {
                return Optional.empty();
            }
            return Optional.of(new VmSku(vmSize, p.path("restricted").asBoolean(false),
                    p.path("encryptionAtHostSupported").asBoolean(encryptionAtHost)));
        });
    }
}
