package io.arorp.frontend.action;

import java.util.Map;

/**
 * What an action answers: status, body (an object the frontend serializes; null for none) and extra headers.
 */
public record ArmResult(int status, Object body, Map<String, String> headers) {
    public ArmResult {
        headers = Map.copyOf(headers);
    }

    public static ArmResult of(int status, Object body) {
        return new ArmResult(status, body, Map.of());
    }
}
