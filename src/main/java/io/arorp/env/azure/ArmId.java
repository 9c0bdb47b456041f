package io.arorp.env.azure;

import io.arorp.api.CloudException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of an ARM resource id the SDK clients take one by one:
 * {@code /subscriptions/<s>/resourceGroups/<rg>/providers/<namespace>/<type>/<name>[/<child type>/<child name>]}.
 *
 * @param subscriptionId the subscription
 * @param resourceGroup  the resource group name, or null for a subscription-level id
 * @param namespace      the provider namespace, or null for a resource group id
 * @param types          the type segments ({@code virtualNetworks}, {@code subnets})
 * @param names          the name of each type segment
 */
public record ArmId(String subscriptionId, String resourceGroup, String namespace, List<String> types,
        List<String> names) {

    public static ArmId parse(String id) {
        String[] p = id.startsWith("/") ? id.substring(1).split("/") : id.split("/");
        if (p.length < 2 || !p[0].equalsIgnoreCase("subscriptions")) {
            throw invalid(id);
        }
        String group = p.length >= 4 && p[2].equalsIgnoreCase("resourceGroups") ? p[3] : null;
        int i = group == null ? 2 : 4;
        if (i >= p.length) {
            return new ArmId(p[1], group, null, List.of(), List.of());
        }
        if (!p[i].equalsIgnoreCase("providers") || i + 1 >= p.length || (p.length - i - 2) % 2 != 0) {
            throw invalid(id);
        }
        List<String> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int j = i + 2; j + 1 < p.length; j += 2) {
            types.add(p[j]);
            names.add(p[j + 1]);
        }
        return new ArmId(p[1], group, p[i + 1], List.copyOf(types), List.copyOf(names));
    }

    /**
     * An id or scope as the SDK's by-id methods take it: they put it after the endpoint's slash unencoded, so a
     * leading slash would make the path start with {@code //}.
     */
    public static String relative(String idOrScope) {
        return idOrScope.startsWith("/") ? idOrScope.substring(1) : idOrScope;
    }

    /** The full type: {@code Microsoft.Network/virtualNetworks/subnets}. */
    public String type() {
        return namespace + "/" + String.join("/", types);
    }

    /** The name segment at {@code level} (0 = the top resource, 1 = its child, ...). */
    public String name(int level) {
        return names.get(level);
    }

    /** The name an ARM template gives the resource: {@code vnet/subnet}. */
    public String templateName() {
        return String.join("/", names);
    }

    public boolean isIn(String resourceGroupId) {
        ArmId group = parse(resourceGroupId);
        return subscriptionId.equalsIgnoreCase(group.subscriptionId) && resourceGroup != null
                && resourceGroup.toLowerCase(Locale.ROOT).equals(group.resourceGroup.toLowerCase(Locale.ROOT));
    }

    private static CloudException invalid(String id) {
        return new CloudException(400, "InvalidResourceID", null, "The resource id '" + id + "' is invalid.");
    }
}
