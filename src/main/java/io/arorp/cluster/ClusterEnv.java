package io.arorp.cluster;

import io.arorp.database.Billing;
import io.arorp.database.Gateway;
import io.arorp.env.ClusterClients;
import io.arorp.env.installer.HiveAdopter;
import io.arorp.env.installer.Installer;
import io.arorp.env.installer.OperatorDeployer;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Everything outside the cluster document that steps use: the Azure, workload identity and installer seams, the
 * cluster clients, the billing and gateway collections, the clock and randomness (injected, never static), the
 * operation settings, and the Hive management cluster that adopts clusters installed without Hive (empty unless
 * adoption is configured: the adoption steps are then left out and do nothing).
 */
public record ClusterEnv(CloudServices cloud, IdentityServices identity, Installer installer,
        OperatorDeployer operator, ClusterClients clients, Billing billing, Gateway gateway, Clock clock,
        RandomGenerator random, Settings settings, Optional<HiveAdopter> hive) {

    public ClusterEnv {
        Objects.requireNonNull(hive, "hive");
    }

    /** An environment that adopts nothing into Hive. */
    public ClusterEnv(CloudServices cloud, IdentityServices identity, Installer installer, OperatorDeployer operator,
            ClusterClients clients, Billing billing, Gateway gateway, Clock clock, RandomGenerator random,
            Settings settings) {
        this(cloud, identity, installer, operator, clients, billing, gateway, clock, random, settings,
                Optional.empty());
    }

    /** This environment adopting into {@code adopter}'s Hive. */
    public ClusterEnv withHive(HiveAdopter adopter) {
        return new ClusterEnv(cloud, identity, installer, operator, clients, billing, gateway, clock, random, settings,
                Optional.of(adopter));
    }

    /**
     * @param location              the RP's region
     * @param managedDomain         the RP's DNS zone; a cluster domain without dots lives under it
     * @param rpPrincipalId         the RP's own service principal (needs Network Contributor on customer VNets)
     * @param operatorVersion       the ARO operator version the RP deploys
     * @param pollInterval          how often conditions are polled (10 s in the original)
     * @param authorizationRetry    how long authorization errors are retried (10 min in the original)
     * @param authorizationInterval between retries of authorization errors (30 s in the original)
     * @param denyAssignments       whether the managed resource group gets the deny assignment (the original's
     *                              DisableDenyAssignments feature turns it off)
     * @param rpNetwork             where the RP itself sits in Azure, which the cluster's resources must admit
     */
    public record Settings(String location, String managedDomain, String rpPrincipalId, String operatorVersion,
            Duration pollInterval, Duration authorizationRetry, Duration authorizationInterval,
            boolean denyAssignments, RpNetwork rpNetwork) {
        /** Settings of an RP in the all-zero subscription with no subnets of its own (the simulation's default). */
        public Settings(String location, String managedDomain, String rpPrincipalId, String operatorVersion,
                Duration pollInterval, Duration authorizationRetry, Duration authorizationInterval,
                boolean denyAssignments) {
            this(location, managedDomain, rpPrincipalId, operatorVersion, pollInterval, authorizationRetry,
                    authorizationInterval, denyAssignments, new RpNetwork("00000000-0000-0000-0000-000000000000",
                            java.util.List.of()));
        }
    }

    /**
     * @param subscriptionId the RP's subscription: a cluster's private link service is visible to it and approves
     *                       its private endpoints automatically
     * @param subnetIds      the RP's (and its gateway's) subnets, admitted by the cluster's storage accounts, whose
     *                       network rules deny everything else
     */
    public record RpNetwork(String subscriptionId, java.util.List<String> subnetIds) {
        public RpNetwork {
            subnetIds = java.util.List.copyOf(subnetIds);
        }
    }
}
