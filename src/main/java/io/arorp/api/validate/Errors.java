package io.arorp.api.validate;

import io.arorp.api.CloudException;

/** The ARM error codes static validation answers with; all are 400. */
final class Errors {
    private Errors() {
    }

    static CloudException invalid(String target, String message) {
        return new CloudException(400, "InvalidParameter", target, message);
    }

    static CloudException of(String code, String target, String message) {
        return new CloudException(400, code, target, message);
    }
}
