package io.arorp.api;

import java.util.List;

/**
 * The one error type of the RP: an HTTP status plus ARM's {@code CloudError} body. Thrown by validators, actions and
 * the database layer; the frontend's exception mapper writes it as {@code {"error":{code,message,target,details}}}.
 */
public class CloudException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String target;
    private final List<CloudErrorBody> details;

    public CloudException(int status, String code, String target, String message) {
        this(status, code, target, message, List.of());
    }

    public CloudException(int status, String code, String target, String message, List<CloudErrorBody> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.target = target == null || target.isEmpty() ? null : target;
        this.details = List.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The JSON path of the offending field, e.g. {@code properties.networkProfile.podCidr}; null when none. */
    public String target() {
        return target;
    }

    public List<CloudErrorBody> details() {
        return details;
    }

    /** The body ARM expects inside {@code {"error": ...}}. */
    public CloudErrorBody body() {
        return new CloudErrorBody(code, getMessage(), target, details.isEmpty() ? null : details);
    }

    @Override
    public String toString() {
        return "CloudException{" + status + " " + code + (target == null ? "" : " target=" + target) + ": "
                + getMessage() + "}";
    }
}
