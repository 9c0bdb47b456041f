package io.arorp.env.azure;

import com.azure.resourcemanager.resources.fluent.models.ProviderInner;
import com.azure.resourcemanager.resources.models.ProviderResourceType;
import io.arorp.api.CloudException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The api-version to read, write and delete a resource of a given type by id, as its provider lists it (the newest
 * stable one): generic resource calls need one, and providers differ. Looked up once per type and process.
 */
final class ApiVersions {
    private final AzureClients clients;
    private final AzureCalls calls;
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    ApiVersions(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    String of(ArmId id) {
        String type = id.type().toLowerCase(Locale.ROOT);
        return versions.computeIfAbsent(type, t -> lookUp(id));
    }

    private String lookUp(ArmId id) {
        ProviderInner provider = calls.call(() -> clients.resources(id.subscriptionId()).getProviders()
                .get(id.namespace()));
        // a child type a provider does not list (blob containers) is versioned with its nearest listed ancestor
        for (int depth = id.types().size(); depth > 0; depth--) {
            String wanted = String.join("/", id.types().subList(0, depth));
            for (ProviderResourceType type : provider.resourceTypes()) {
                if (type.resourceType().equalsIgnoreCase(wanted) && type.apiVersions() != null) {
                    return type.apiVersions().stream().filter(v -> !v.contains("preview")).findFirst()
                            .orElse(type.apiVersions().get(0));
                }
            }
        }
        throw new CloudException(400, "InvalidResourceType", null, "The resource type '" + id.type()
                + "' is not known to its provider.");
    }
}
