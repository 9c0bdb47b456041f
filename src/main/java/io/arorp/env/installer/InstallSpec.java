package io.arorp.env.installer;

import io.arorp.api.Secret;
import java.util.List;
import java.util.Objects;

/**
 * What the installer needs to know about a cluster, taken from the cluster document by the install step (a value of
 * its own so installers do not depend on the evolving API model).
 *
 * @param clusterResourceId      ARM id of the OpenShiftCluster
 * @param clusterResourceGroupId the managed resource group
 * @param version                OpenShift version {@code 4.x.y}
 * @param domain                 full cluster domain ({@code api.<domain>}, {@code *.apps.<domain>})
 * @param pullSecret             the customer's pull secret (may be empty)
 * @param servicePrincipal       the identity the cluster's own Azure calls use, or null (workload identity)
 * @param workloadIdentity       how a workload-identity cluster's operators reach Azure, or null
 */
public record InstallSpec(String clusterResourceId, String clusterResourceGroupId, String location, String version,
        String infraId, String domain, String masterVmSize, String masterSubnetId, List<Workers> workers,
        Secret pullSecret, ServicePrincipal servicePrincipal, WorkloadIdentity workloadIdentity) {
    /**
     * The cluster service principal, in the customer's tenant and subscription: what the installer (and Hive's
     * {@code credentialsSecretRef}) needs to create the cluster's Azure resources.
     */
    public record ServicePrincipal(String tenantId, String subscriptionId, String clientId, Secret clientSecret) {
        public ServicePrincipal {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }
    }

    /**
     * A workload-identity cluster's wiring, which the installer puts into the cluster: its service account issuer
     * (the RP's OIDC documents), the key it signs service account tokens with, and each operator's credentials
     * secret (the identity it signs in as, no secret in it).
     */
    public record WorkloadIdentity(String oidcIssuer, Secret boundServiceAccountSigningKey,
            List<OperatorSecret> operatorSecrets) {
        public WorkloadIdentity {
            Objects.requireNonNull(oidcIssuer, "oidcIssuer");
            Objects.requireNonNull(boundServiceAccountSigningKey, "boundServiceAccountSigningKey");
            operatorSecrets = List.copyOf(operatorSecrets);
        }
    }

    /** One operator's credentials secret: where it goes and its string data. */
    public record OperatorSecret(String namespace, String name, java.util.Map<String, String> data) {
        public OperatorSecret {
            data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
        }
    }

    /** A spec of a service-principal cluster (or, without one, a workload-identity cluster lacking its wiring). */
    public InstallSpec(String clusterResourceId, String clusterResourceGroupId, String location, String version,
            String infraId, String domain, String masterVmSize, String masterSubnetId, List<Workers> workers,
            Secret pullSecret, ServicePrincipal servicePrincipal) {
        this(clusterResourceId, clusterResourceGroupId, location, version, infraId, domain, masterVmSize,
                masterSubnetId, workers, pullSecret, servicePrincipal, null);
    }

    /** A spec without a service principal: a workload-identity cluster. */
    public InstallSpec(String clusterResourceId, String clusterResourceGroupId, String location, String version,
            String infraId, String domain, String masterVmSize, String masterSubnetId, List<Workers> workers,
            Secret pullSecret) {
        this(clusterResourceId, clusterResourceGroupId, location, version, infraId, domain, masterVmSize,
                masterSubnetId, workers, pullSecret, null, null);
    }

    /** One worker pool. */
    public record Workers(String name, String vmSize, int diskSizeGB, String subnetId, int count,
            boolean encryptionAtHost) {
    }

    public InstallSpec {
        Objects.requireNonNull(clusterResourceId, "clusterResourceId");
        Objects.requireNonNull(infraId, "infraId");
        workers = List.copyOf(workers);
    }
}
