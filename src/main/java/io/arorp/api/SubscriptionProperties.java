package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Tenant and registered features of a subscription.
 */
public class SubscriptionProperties extends MissingFields {
    @JsonProperty("tenantId")
    private String tenantId;
    @JsonProperty("accountOwner")
    private AccountOwnerProfile accountOwner;
    @JsonProperty("registeredFeatures")
    private List<RegisteredFeatureProfile> registeredFeatures;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public AccountOwnerProfile getAccountOwner() {
        return accountOwner;
    }

    public void setAccountOwner(AccountOwnerProfile accountOwner) {
        this.accountOwner = accountOwner;
    }

    public List<RegisteredFeatureProfile> getRegisteredFeatures() {
        return registeredFeatures;
    }

    public void setRegisteredFeatures(List<RegisteredFeatureProfile> registeredFeatures) {
        this.registeredFeatures = registeredFeatures;
    }
}
