package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * ARM's metadata about who created and last modified the resource; times stay absent until ARM sends them.
 */
public class SystemData extends MissingFields {
    @JsonProperty("createdBy")
    private String createdBy;
    @JsonProperty("createdByType")
    private String createdByType;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("lastModifiedBy")
    private String lastModifiedBy;
    @JsonProperty("lastModifiedByType")
    private String lastModifiedByType;
    @JsonProperty("lastModifiedAt")
    private OffsetDateTime lastModifiedAt;

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public String getCreatedByType() {
        return createdByType;
    }

    public void setCreatedByType(String createdByType) {
        this.createdByType = createdByType;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public void setLastModifiedBy(String lastModifiedBy) {
        this.lastModifiedBy = lastModifiedBy;
    }

    public String getLastModifiedByType() {
        return lastModifiedByType;
    }

    public void setLastModifiedByType(String lastModifiedByType) {
        this.lastModifiedByType = lastModifiedByType;
    }

    public OffsetDateTime getLastModifiedAt() {
        return lastModifiedAt;
    }

    public void setLastModifiedAt(OffsetDateTime lastModifiedAt) {
        this.lastModifiedAt = lastModifiedAt;
    }
}
