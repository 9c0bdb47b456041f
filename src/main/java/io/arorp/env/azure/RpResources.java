package io.arorp.env.azure;

import java.util.Locale;
import java.util.Objects;

/**
 * The RP's own resources that clusters are attached to, beside the ones in {@link AzureSettings}: only the backend's
 * private-endpoint and registry steps use them, so a frontend-only process needs none of these keys.
 *
 * @param privateEndpointSubnetId the RP's subnet for its private endpoints to the clusters' API servers (the original's
 *                                {@code rp-pe-vnet-001/rp-pe-subnet} in the RP's resource group)
 * @param gatewayResourceGroup    the resource group (RP subscription) of the gateway's private link service
 *                                {@code gateway-pls-001}, whose connections from clusters the RP approves
 * @param acrResourceId           the RP's container registry, which may live in another (global) subscription
 * @param acrDnsSuffix            the registry DNS suffix of the cloud ({@code azurecr.io})
 */
public record RpResources(String privateEndpointSubnetId, String gatewayResourceGroup, String acrResourceId,
        String acrDnsSuffix) {
    /** The gateway's private link service, named as the original's deployment names it. */
    static final String GATEWAY_PRIVATE_LINK_SERVICE = "gateway-pls-001";

    public RpResources {
        Objects.requireNonNull(privateEndpointSubnetId, "aro.azure.rp.private-endpoint-subnet-id");
        Objects.requireNonNull(gatewayResourceGroup, "aro.azure.gateway.resource-group");
        Objects.requireNonNull(acrResourceId, "aro.azure.acr.resource-id");
        Objects.requireNonNull(acrDnsSuffix, "aro.azure.acr.dns-suffix");
        if (!ArmId.parse(acrResourceId).type().equalsIgnoreCase("Microsoft.ContainerRegistry/registries")) {
            throw new IllegalArgumentException("aro.azure.acr.resource-id is not a registry: " + acrResourceId);
        }
    }

    /** The original's default subnet: {@code rp-pe-vnet-001/rp-pe-subnet} in the RP's resource group. */
    public static String defaultPrivateEndpointSubnet(String subscriptionId, String resourceGroup) {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.Network/virtualNetworks/rp-pe-vnet-001/subnets/rp-pe-subnet";
    }

    /** The registry's login server, {@code <name>.<suffix>}; also the name of a cluster's registry profile. */
    public String acrLoginServer() {
        return ArmId.parse(acrResourceId).name(0).toLowerCase(Locale.ROOT) + "." + acrDnsSuffix;
    }
}
