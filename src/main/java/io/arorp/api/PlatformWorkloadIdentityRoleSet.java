package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The built-in roles each operator's identity needs, for one OpenShift minor version.
 */
public class PlatformWorkloadIdentityRoleSet extends MissingFields {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("type")
    private String type;
    @JsonProperty("deleting")
    private Boolean deleting;
    @JsonProperty("properties")
    private PlatformWorkloadIdentityRoleSetProperties properties;

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

    public Boolean getDeleting() {
        return deleting;
    }

    public void setDeleting(Boolean deleting) {
        this.deleting = deleting;
    }

    public PlatformWorkloadIdentityRoleSetProperties getProperties() {
        return properties;
    }

    public void setProperties(PlatformWorkloadIdentityRoleSetProperties properties) {
        this.properties = properties;
    }
}
