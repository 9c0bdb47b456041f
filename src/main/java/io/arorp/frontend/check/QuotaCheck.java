package io.arorp.frontend.check;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.WorkerProfile;
import io.arorp.api.validate.VmQuotaFamilies;
import io.arorp.env.cloud.Usage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the cluster fits the subscription's regional quotas: three masters and the bootstrap VM (of the master
 * size), the workers, one premium disk per VM, their cores in the regional and the family quota, and three public IP
 * addresses (API server, ingress, outbound).
 */
final class QuotaCheck {
    private static final int MASTERS_AND_BOOTSTRAP = 4;
    private static final int PUBLIC_IPS = 3;

    private QuotaCheck() {
    }

    /** @param usages the subscription's usages in the cluster's region */
    static void check(List<Usage> usages, OpenShiftCluster oc) {
        Map<String, Long> required = required(oc);
        for (Usage usage : usages) {
            Long needed = required.get(usage.name());
            if (needed != null && needed > usage.limit() - usage.currentValue()) {
                throw new CloudException(400, "ResourceQuotaExceeded", null, "Resource quota of " + usage.name()
                        + " exceeded. Maximum allowed: " + usage.limit() + ", Current in use: " + usage.currentValue()
                        + ", Additional requested: " + needed + ".");
            }
        }
    }

    /** Usage name → what the cluster needs of it. */
    static Map<String, Long> required(OpenShiftCluster oc) {
        Map<String, Long> required = new LinkedHashMap<>();
        add(required, oc.getProperties().getMasterProfile().getVmSize(), MASTERS_AND_BOOTSTRAP);
        for (WorkerProfile w : CreateChecks.workers(oc.getProperties())) {
            add(required, w.getVmSize(), w.getCount() == null ? 0 : w.getCount());
        }
        required.put("PublicIPAddresses", (long) PUBLIC_IPS);
        return required;
    }

    private static void add(Map<String, Long> required, String vmSize, int count) {
        long cores = (long) VmQuotaFamilies.cores(vmSize) * count;
        required.merge("virtualMachines", (long) count, Long::sum);
        required.merge("PremiumDiskCount", (long) count, Long::sum);
        String family = VmQuotaFamilies.family(vmSize);
        if (family != null) {
            required.merge(family, cores, Long::sum);
        }
        required.merge("cores", cores, Long::sum);
    }
}
