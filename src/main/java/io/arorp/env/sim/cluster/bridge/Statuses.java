package io.arorp.env.sim.cluster.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/**
 * Makes the mock's answers look like a real API server's where clients depend on it: a v1 {@code Status} body for
 * every failure (the mock answers 404 with an empty body, which client-java cannot turn into an ApiException with a
 * reason), the {@code AlreadyExists} reason for a create conflict, and a {@code Success} Status for an immediate delete
 * (the mock echoes the object, which typed client-java delete calls fail to read as a V1Status).
 */
final class Statuses {
    private static final Map<Integer, String> REASONS = Map.of(
            400, "BadRequest", 401, "Unauthorized", 403, "Forbidden", 404, "NotFound", 405, "MethodNotAllowed",
            409, "Conflict", 410, "Gone", 422, "Invalid", 429, "TooManyRequests", 500, "InternalError");

    private final ObjectMapper mapper;

    Statuses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A failure Status naming the object of {@code path}, as the API server words it. */
    byte[] failure(int code, String path, String message) {
        ApiPath target = ApiPath.parse(path);
        ObjectNode status = status("Failure", code);
        status.put("message", message != null ? message : defaultMessage(code, target));
        status.put("reason", REASONS.getOrDefault(code, code >= 500 ? "InternalError" : "BadRequest"));
        details(status, target, null);
        return write(status);
    }

    /** The response body the client should see for a mock answer. */
    byte[] normalize(String method, String path, int code, byte[] body) {
        if (code >= 400 && body.length == 0) {
            return failure(code, path, null);
        }
        if (code == 409 && method.equals("POST")) {
            return withReason(body, "AlreadyExists");
        }
        if (code == 200 && method.equals("DELETE") && ApiPath.parse(path).name() != null) {
            return deleted(path, body);
        }
        return body;
    }

    private byte[] deleted(String path, byte[] body) {
        JsonNode object = read(body);
        if (object == null || object.path("metadata").path("finalizers").size() > 0) {
            return body; // still there, waiting for finalizers: the API server returns the object
        }
        ObjectNode status = status("Success", 200);
        details(status, ApiPath.parse(path), object.path("metadata").path("uid").asText(null));
        return write(status);
    }

    private byte[] withReason(byte[] body, String reason) {
        JsonNode status = read(body);
        if (status instanceof ObjectNode node && "Status".equals(node.path("kind").asText())) {
            node.put("reason", reason);
            return write(node);
        }
        return body;
    }

    private ObjectNode status(String outcome, int code) {
        ObjectNode status = mapper.createObjectNode();
        status.put("kind", "Status");
        status.put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", outcome);
        status.put("code", code);
        return status;
    }

    private static void details(ObjectNode status, ApiPath target, String uid) {
        if (target.resource() == null) {
            return;
        }
        ObjectNode details = status.putObject("details");
        if (target.name() != null) {
            details.put("name", target.name());
        }
        if (!target.group().isEmpty()) {
            details.put("group", target.group());
        }
        details.put("kind", target.resource());
        if (uid != null) {
            details.put("uid", uid);
        }
    }

    private static String defaultMessage(int code, ApiPath target) {
        if (code == 404 && target.resource() != null && target.name() != null) {
            return target.qualifiedResource() + " \"" + target.name() + "\" not found";
        }
        if (code == 404) {
            return "the server could not find the requested resource";
        }
        return REASONS.getOrDefault(code, "Error") + " (HTTP " + code + ")";
    }

    private JsonNode read(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] write(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("serialising a Status failed", e);
        }
    }
}
