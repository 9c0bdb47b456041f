package io.arorp.env.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.CloudException;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every Azure call of the adapters passes through here: Azure's errors become the RP's {@link CloudException} with
 * Azure's status, code, target and message (so the steps and the CloudError body show what Azure said), and calls
 * refused with {@code AuthorizationFailed} are repeated for a bounded time, because a role assignment just made takes
 * minutes to reach every ARM front end. Throttling (429) is retried below, in the HTTP pipeline, after Retry-After.
 */
public final class AzureCalls {
    static final String AUTHORIZATION_FAILED = "AuthorizationFailed";
    private final ObjectMapper mapper = Jackson.newMapper();
    private final Clock clock;
    private final Duration rbacRetry;
    private final Duration interval;

    public AzureCalls(Clock clock, Duration rbacRetry, Duration interval) {
        this.clock = clock;
        this.rbacRetry = rbacRetry;
        this.interval = interval;
    }

    public <T> T call(Supplier<T> body) {
        Instant deadline = null;
        while (true) {
            try {
                return body.get();
            } catch (HttpResponseException e) {
                CloudException error = toCloudException(e);
                if (!AUTHORIZATION_FAILED.equals(error.code())) {
                    throw error;
                }
                deadline = deadline == null ? clock.instant().plus(rbacRetry) : deadline;
                if (!clock.instant().isBefore(deadline)) {
                    throw error;
                }
                pause();
            }
        }
    }

    public void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        });
    }

    /** The result, or empty when Azure answers 404 (whatever its code: ResourceNotFound, ResourceGroupNotFound, ...). */
    public <T> Optional<T> find(Supplier<T> body) {
        try {
            return Optional.ofNullable(call(body));
        } catch (CloudException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Runs a delete; a 404 means it is gone already. */
    public void delete(Runnable body) {
        find(() -> {
            body.run();
            return Boolean.TRUE;
        });
    }

    CloudException toCloudException(HttpResponseException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatusCode();
        if (e instanceof ManagementException m && m.getValue() != null && m.getValue().getCode() != null) {
            ManagementError error = m.getValue();
            return new CloudException(status, error.getCode(), error.getTarget(), detailed(error));
        }
        Object value = e.getValue();
        JsonNode body = parse(value);
        JsonNode error = body.path("error");
        if (error.hasNonNull("code")) {
            return new CloudException(status, error.path("code").asText(), error.path("target").asText(null),
                    error.path("message").asText(""));
        }
        return new CloudException(status, status == 404 ? "NotFound" : "InternalServerError", null,
                "Azure answered " + status + ": " + e.getMessage());
    }

    /** Deployment errors carry the resource's own error in the details; ARM's top message alone says little. */
    private static String detailed(ManagementError error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (error.getDetails() != null && !error.getDetails().isEmpty()) {
            ManagementError first = error.getDetails().get(0);
            message += " " + first.getCode() + ": " + first.getMessage();
        }
        return message;
    }

    private JsonNode parse(Object value) {
        try {
            if (value instanceof String s) {
                return mapper.readTree(s);
            }
            if (value instanceof byte[] b) {
                return mapper.readTree(b);
            }
            return value == null ? mapper.createObjectNode() : mapper.valueToTree(value);
        } catch (IOException | IllegalArgumentException e) {
            return mapper.createObjectNode();
        }
    }

    private void pause() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(503, "ServiceUnavailable", null, "the call was interrupted");
        }
    }
}
