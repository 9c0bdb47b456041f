package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.arorp.api.MissingFields;
import java.time.OffsetDateTime;

/**
 * The ids of the request that asked for the work in progress, stored with the cluster so the backend's logs of that
 * work carry the caller's correlation ids. The api model has no such type, hence it lives here.
 */
public class CorrelationData extends MissingFields {
    @JsonProperty("correlationId")
    private String correlationId;
    @JsonProperty("clientRequestId")
    private String clientRequestId;
    @JsonProperty("operationID")
    private String operationId;
    @JsonProperty("requestID")
    private String requestId;
    @JsonProperty("clientPrincipalName")
    private String clientPrincipalName;
    @JsonProperty("requestTime")
    private OffsetDateTime requestTime;

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public String getClientRequestId() {
        return clientRequestId;
    }

    public void setClientRequestId(String clientRequestId) {
        this.clientRequestId = clientRequestId;
    }

    public String getOperationId() {
        return operationId;
    }

    public void setOperationId(String operationId) {
        this.operationId = operationId;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getClientPrincipalName() {
        return clientPrincipalName;
    }

    public void setClientPrincipalName(String clientPrincipalName) {
        this.clientPrincipalName = clientPrincipalName;
    }

    public OffsetDateTime getRequestTime() {
        return requestTime;
    }

    public void setRequestTime(OffsetDateTime requestTime) {
        this.requestTime = requestTime;
    }
}
