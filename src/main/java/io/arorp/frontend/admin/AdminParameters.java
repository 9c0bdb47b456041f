package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.api.validate.VmSizeRoles;
import java.util.regex.Pattern;

/**
 * The admin API's parameter checks with the original's codes and messages. They run before the cluster is looked
 * up, so a malformed request is refused without touching the store, Azure or the cluster.
 */
final class AdminParameters {
    /** Weaker than Kubernetes' own rules but strong enough to keep anything odd out of paths and selectors. */
    private static final Pattern KUBERNETES_STRING = Pattern.compile("(?i)^[-a-z0-9.]{0,255}$");
    /** Azure's NIC name rule: starts alphanumeric, ends with a word character. */
    private static final Pattern NIC_NAME = Pattern.compile("^[a-zA-Z0-9].*\\w$");

    private AdminParameters() {
    }

    static void vmName(String vmName) {
        if (vmName == null || vmName.isEmpty() || !KUBERNETES_STRING.matcher(vmName).matches()) {
            throw invalid("The provided vmName '" + nullToEmpty(vmName) + "' is invalid.");
        }
    }

    static void nicName(String nicName) {
        if (nicName == null || nicName.isEmpty() || !NIC_NAME.matcher(nicName).matches()) {
            throw invalid("The provided nicName '" + nullToEmpty(nicName) + "' is invalid.");
        }
    }

    static void masterVmSize(String vmSize) {
        if (!VmSizeRoles.isMasterSize(vmSize)) {
            throw invalid("The provided vmSize '" + nullToEmpty(vmSize) + "' is unsupported for master.");
        }
    }

    /** An optional Kubernetes name (empty is allowed, as for a list). */
    static void kubernetesName(String what, String value) {
        if (value != null && !KUBERNETES_STRING.matcher(value).matches()) {
            throw invalid("The provided " + what + " '" + value + "' is invalid.");
        }
    }

    /** A required Kubernetes name. */
    static void requiredKubernetesName(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw invalid("The provided " + what + " '' is invalid.");
        }
        kubernetesName(what, value);
    }

    /** Pod logs: pod, then namespace (which must be OpenShift's, never a customer's), then container. */
    static void podLogs(String namespace, String podName, String containerName) {
        requiredKubernetesName("pod name", podName);
        requiredKubernetesName("namespace", namespace);
        if (!isOpenShiftNamespace(namespace)) {
            throw new CloudException(403, "Forbidden", null,
                    "Access to the provided namespace '" + namespace + "' is forbidden.");
        }
        requiredKubernetesName("container name", containerName);
    }

    /** Namespaces the platform owns; everything else may hold customer data SREs must not read. */
    static boolean isOpenShiftNamespace(String namespace) {
        return namespace.isEmpty() || namespace.equals("default") || namespace.equals("openshift")
                || namespace.startsWith("kube-") || namespace.startsWith("openshift-");
    }

    static CloudException invalid(String message) {
        return new CloudException(400, "InvalidParameter", null, message);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
