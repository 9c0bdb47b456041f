package io.arorp.frontend.admin;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** A JSON document from the cluster, written out unchanged. */
record RawJson(String json) {
    @JsonValue
    @JsonRawValue
    public String value() {
        return json;
    }
}
