package io.arorp.env.cloud;

import java.util.List;

/**
 * A storage account's network rules as far as the RP sets them: the default action for traffic no rule admits
 * ({@code Deny} on every cluster account) and the subnets admitted by a virtual network rule. Trusted Azure services
 * always pass ({@code bypass: AzureServices}), as the base template deploys them.
 *
 * @param defaultAction    {@code Allow} or {@code Deny}
 * @param allowedSubnetIds ARM ids of the admitted subnets
 */
public record StorageFirewall(String defaultAction, List<String> allowedSubnetIds) {
    public static final String DENY = "Deny";

    public StorageFirewall {
        allowedSubnetIds = List.copyOf(allowedSubnetIds);
    }
}
