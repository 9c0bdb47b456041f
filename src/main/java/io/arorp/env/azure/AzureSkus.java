package io.arorp.env.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.compute.fluent.models.ResourceSkuInner;
import com.azure.resourcemanager.compute.models.ResourceSkuRestrictions;
import com.azure.resourcemanager.compute.models.ResourceSkuRestrictionsType;
import io.arorp.env.cloud.Skus;
import io.arorp.env.cloud.VmSku;
import java.util.List;
import java.util.Optional;

/**
 * VM sizes from the Microsoft.Compute resource SKUs of one region, as the subscription sees them: the list is filtered
 * by location server-side (the full list is tens of megabytes), a size is restricted when a {@code Location}
 * restriction names the region, and encryption at host is read from the {@code EncryptionAtHostSupported} capability,
 * as the original validates them.
 */
public final class AzureSkus implements Skus {
    static final String ENCRYPTION_AT_HOST = "EncryptionAtHostSupported";
    private final AzureClients clients;
    private final AzureCalls calls;

    public AzureSkus(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public Optional<VmSku> virtualMachineSku(String subscriptionId, String location, String vmSize) {
        String filter = "location eq '" + location + "'";
        return calls.call(() -> clients.compute(subscriptionId).getResourceSkus().list(filter, null, Context.NONE)
                .stream()
                .filter(s -> "virtualMachines".equalsIgnoreCase(s.resourceType()) && vmSize.equalsIgnoreCase(s.name()))
                .findFirst()
                .map(s -> new VmSku(s.name(), restricted(s, location), encryptionAtHost(s))));
    }

    private static boolean restricted(ResourceSkuInner sku, String location) {
        List<ResourceSkuRestrictions> restrictions = sku.restrictions() == null ? List.of() : sku.restrictions();
        return restrictions.stream().anyMatch(r -> ResourceSkuRestrictionsType.LOCATION.equals(r.type())
                && r.values() != null && r.values().stream().anyMatch(location::equalsIgnoreCase));
    }

    private static boolean encryptionAtHost(ResourceSkuInner sku) {
        return sku.capabilities() != null && sku.capabilities().stream().anyMatch(
                c -> ENCRYPTION_AT_HOST.equalsIgnoreCase(c.name()) && "True".equalsIgnoreCase(c.value()));
    }
}
