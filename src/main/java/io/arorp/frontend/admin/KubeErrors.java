package io.arorp.frontend.admin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.arorp.api.CloudException;
import io.kubernetes.client.openapi.ApiException;

/**
 * A Kubernetes API error as the admin API reports it, the original's way: the Status' reason as code, its message,
 * and {@code kind[.group]/name} of its details as target; 4xx keep their status, anything else is a 500.
 */
final class KubeErrors {
    private KubeErrors() {
    }

    static CloudException of(ApiException e) {
        String reason = "InternalServerError";
        String message = "The cluster did not answer as expected.";
        String target = null;
        try {
            JsonObject status = JsonParser.parseString(e.getResponseBody()).getAsJsonObject();
            reason = text(status, "reason", reason);
            message = text(status, "message", message);
            if (status.has("details") && status.get("details").isJsonObject()) {
                JsonObject details = status.getAsJsonObject("details");
                String group = text(details, "group", "");
                target = text(details, "kind", "") + (group.isEmpty() ? "" : "." + group) + "/"
                        + text(details, "name", "");
            }
        } catch (RuntimeException notAStatus) {
            // no Status body (connection failure, timeout): keep the generic answer
        }
        int code = e.getCode() >= 400 && e.getCode() < 500 ? e.getCode() : 500;
        return new CloudException(code, reason, target, message);
    }

    private static String text(JsonObject object, String field, String fallback) {
        return object.has(field) && object.get(field).isJsonPrimitive() ? object.get(field).getAsString() : fallback;
    }
}
