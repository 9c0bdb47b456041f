package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** The cluster network plug-in (selectable only in 2021-09-01-preview). */
public enum SoftwareDefinedNetwork {
    OVN_KUBERNETES("OVNKubernetes"),
    OPEN_SHIFT_SDN("OpenShiftSDN");

    private final String value;

    SoftwareDefinedNetwork(String value) {
        this.value = value;
    }

    /** The wire value, as stored and as every api-version spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
