package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The install step to resume at; stored as its number because that is what the original RP writes. */
public enum InstallPhase {
    BOOTSTRAP(0),
    REMOVE_BOOTSTRAP(1);

    private final int value;

    InstallPhase(int value) {
        this.value = value;
    }

    @JsonValue
    public int value() {
        return value;
    }

    @JsonCreator
    public static InstallPhase of(int value) {
        for (InstallPhase p : values()) {
            if (p.value == value) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown install phase " + value);
    }
}
