package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The stored OpenShift cluster: every field any api-version carries plus the RP's own bookkeeping.
 * ID, name and type keep the caller's casing from create time; id, name, type and location never change.
 */
public class OpenShiftCluster extends MissingFields {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("type")
    private String type;
    @JsonProperty("location")
    private String location;
    @JsonProperty("systemData")
    private SystemData systemData;
    @JsonProperty("tags")
    private Map<String, String> tags;
    @JsonProperty("properties")
    private OpenShiftClusterProperties properties;
    @JsonProperty("managedServiceIdentity")
    private ManagedServiceIdentity identity;

    /** Workload-identity clusters carry platform workload identities instead of a service principal. */
    public boolean usesWorkloadIdentity() {
        return properties != null && properties.getPlatformWorkloadIdentityProfile() != null
                && properties.getServicePrincipalProfile() == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public SystemData getSystemData() {
        return systemData;
    }

    public void setSystemData(SystemData systemData) {
        this.systemData = systemData;
    }

    public Map<String, String> getTags() {
        return tags;
    }

    public void setTags(Map<String, String> tags) {
        this.tags = tags;
    }

    public OpenShiftClusterProperties getProperties() {
        return properties;
    }

    public void setProperties(OpenShiftClusterProperties properties) {
        this.properties = properties;
    }

    public ManagedServiceIdentity getIdentity() {
        return identity;
    }

    public void setIdentity(ManagedServiceIdentity identity) {
        this.identity = identity;
    }
}
