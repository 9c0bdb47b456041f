package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An OpenShift version the RP can install, managed through the admin API.
 */
public class OpenShiftVersion extends MissingFields {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("type")
    private String type;
    @JsonProperty("deleting")
    private Boolean deleting;
    @JsonProperty("properties")
    private OpenShiftVersionProperties properties;

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

    public OpenShiftVersionProperties getProperties() {
        return properties;
    }

    public void setProperties(OpenShiftVersionProperties properties) {
        this.properties = properties;
    }
}
