package io.arorp.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A secret value (pull secret, client secret, kubeadmin password, kubeconfig, signing key). It never prints itself, so
 * a secret logged by mistake shows as {@code [REDACTED]}. The database seals it before it reaches the store; external
 * types never carry it except on the credential endpoints.
 */
public final class Secret {
    private static final String REDACTED = "[REDACTED]";
    private final byte[] value;

    private Secret(byte[] value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return value == null ? null : new Secret(value.getBytes(StandardCharsets.UTF_8));
    }

    public static Secret ofBytes(byte[] value) {
        return value == null ? null : new Secret(value.clone());
    }

    /** The plain value; call only where the secret is used or deliberately returned (credential endpoints). */
    public String reveal() {
        return new String(value, StandardCharsets.UTF_8);
    }

    public byte[] revealBytes() {
        return value.clone();
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        // constant time, so comparing a presented secret with a stored one leaks nothing through timing
        return o instanceof Secret other && MessageDigest.isEqual(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return REDACTED;
    }
}
