package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * The record behind {@code Azure-AsyncOperation}: the state it started in (shown while running) and how it ended.
 */
public class AsyncOperation extends MissingFields {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("initialStatus")
    private ProvisioningState initialStatus;
    @JsonProperty("status")
    private ProvisioningState status;
    @JsonProperty("startTime")
    private OffsetDateTime startTime;
    @JsonProperty("endTime")
    private OffsetDateTime endTime;
    @JsonProperty("error")
    private CloudErrorBody error;

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

    public ProvisioningState getInitialStatus() {
        return initialStatus;
    }

    public void setInitialStatus(ProvisioningState initialStatus) {
        this.initialStatus = initialStatus;
    }

    public ProvisioningState getStatus() {
        return status;
    }

    public void setStatus(ProvisioningState status) {
        this.status = status;
    }

    public OffsetDateTime getStartTime() {
        return startTime;
    }

    public void setStartTime(OffsetDateTime startTime) {
        this.startTime = startTime;
    }

    public OffsetDateTime getEndTime() {
        return endTime;
    }

    public void setEndTime(OffsetDateTime endTime) {
        this.endTime = endTime;
    }

    public CloudErrorBody getError() {
        return error;
    }

    public void setError(CloudErrorBody error) {
        this.error = error;
    }
}
