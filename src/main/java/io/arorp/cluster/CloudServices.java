package io.arorp.cluster;

import io.arorp.env.cloud.Authorization;
import io.arorp.env.cloud.Compute;
import io.arorp.env.cloud.ContainerRegistry;
import io.arorp.env.cloud.Deployments;
import io.arorp.env.cloud.Dns;
import io.arorp.env.cloud.KeyVault;
import io.arorp.env.cloud.Networks;
import io.arorp.env.cloud.PrivateEndpoints;
import io.arorp.env.cloud.ResourceGroups;
import io.arorp.env.cloud.Resources;
import io.arorp.env.cloud.ServicePrincipals;
import io.arorp.env.cloud.Storage;

/** The Azure seams the steps use, bundled so a step sees one value instead of eleven parameters. */
public record CloudServices(ResourceGroups resourceGroups, Resources resources, Deployments deployments,
        Networks networks, Dns dns, Compute compute, Authorization authorization, KeyVault keyVault, Storage storage,
        PrivateEndpoints privateEndpoints, ContainerRegistry registry, ServicePrincipals servicePrincipals) {
}
