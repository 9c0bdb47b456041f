package io.arorp.env.hive;

import java.time.Duration;

/**
 * How the RP uses its Hive management cluster.
 *
 * @param installTimeout  how long an install may take before the step fails (the original: 60 minutes)
 * @param deleteTimeout   how long Hive may take to deprovision a cluster
 * @param pollInterval    pause between reads of a ClusterDeployment's state
 * @param baseDomainResourceGroup resource group of the clusters' DNS zone, as Hive's Azure platform needs it
 * @param installerImage  the installer image Hive runs ({@code ARO_HIVE_DEFAULT_INSTALLER_PULLSPEC})
 */
public record HiveSettings(Duration installTimeout, Duration deleteTimeout, Duration pollInterval,
        String baseDomainResourceGroup, String installerImage) {
}
