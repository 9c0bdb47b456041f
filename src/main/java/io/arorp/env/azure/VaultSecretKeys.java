package io.arorp.env.azure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys that seal secret fields at rest, read from every version of one secret in the RP's service vault, as the
 * original reads {@code encryption-key-v2}. Rotation is adding a version: the newest usable version seals new values,
 * older ones still open what they sealed. A version that is disabled, expired or not yet valid is left out (Key Vault
 * refuses to hand out a disabled one anyway).
 */
public final class VaultSecretKeys {
    private final VaultSecrets vault;
    private final String secretName;
    private final Clock clock;

    public VaultSecretKeys(VaultSecrets vault, String secretName, Clock clock) {
        this.vault = vault;
        this.secretName = secretName;
        this.clock = clock;
    }

    /** Version id to 32-byte key, newest first; fails when the secret has no usable version. */
    public Map<String, byte[]> keys() {
        List<VaultSecrets.Version> versions = new ArrayList<>(vault.versions(secretName).stream()
                .filter(v -> v.usableAt(clock.instant())).toList());
        if (versions.isEmpty()) {
            throw new IllegalStateException("Key Vault secret " + secretName + " in " + vault.uri()
                    + " has no enabled, unexpired version to seal secrets with");
        }
        versions.sort(Comparator.comparing(VaultSecrets.Version::created).reversed());
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (VaultSecrets.Version version : versions) {
            keys.put(version.id(), key(version.id()));
        }
        return keys;
    }

    private byte[] key(String version) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(vault.value(secretName, version).value());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("version " + version + " of Key Vault secret " + secretName
                    + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("version " + version + " of Key Vault secret " + secretName
                    + " must be base64 of 32 random bytes (an AES-256 key), not of " + key.length);
        }
        return key;
    }
}
