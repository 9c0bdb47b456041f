package io.arorp.database.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value. Layout: {@code 0x01 | keyIdLength | keyId | nonce | ciphertext+tag};
 * the version byte and key id are authenticated as associated data, so neither can be swapped undetected.
 */
public final class AesGcmSecretSealer implements SecretSealer {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys;
    private final SecureRandom random;

    /**
     * @param keys   key id to 32-byte key; the first entry is the newest and seals new values
     * @param random the nonce source (injected: no hidden global randomness)
     */
    public AesGcmSecretSealer(Map<String, byte[]> keys, SecureRandom random) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one secret encryption key is required");
        }
        Map<String, SecretKeySpec> specs = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > 255) {
                throw new IllegalArgumentException("a key id must be 1..255 bytes: '" + id + "'");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("key " + id + " must be 32 bytes (AES-256), not " + key.length);
            }
            specs.put(id, new SecretKeySpec(key.clone(), "AES"));
        });
        this.currentKeyId = keys.keySet().iterator().next();
        this.keys = Map.copyOf(specs);
        this.random = random;
    }

    /**
     * Parses {@code id=base64key,id2=base64key} (newest first), the form keys take in configuration.
     */
    public static Map<String, byte[]> parseKeys(String spec) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.trim();
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("secret keys must look like id=base64key[,id=base64key]");
            }
            keys.put(trimmed.substring(0, eq), Base64.getDecoder().decode(trimmed.substring(eq + 1)));
        }
        return keys;
    }

    @Override
    public byte[] seal(byte[] plaintext) {
        byte[] keyId = currentKeyId.getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] header = header(keyId);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length).put(header).put(nonce).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed) {
        if (sealed.length < 2 || sealed[0] != VERSION) {
            throw new SecretUnreadableException("not a sealed secret (unknown format)", null);
        }
        int idLength = sealed[1] & 0xff;
        int headerLength = 2 + idLength;
        if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretUnreadableException("sealed secret is truncated", null);
        }
        String keyId = new String(sealed, 2, idLength, StandardCharsets.UTF_8);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new UnknownSecretKeyException(keyId);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, headerLength, NONCE_BYTES));
            cipher.updateAAD(sealed, 0, headerLength);
            int offset = headerLength + NONCE_BYTES;
            return cipher.doFinal(sealed, offset, sealed.length - offset);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretUnreadableException("sealed secret failed authentication (tampered or wrong key)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static byte[] header(byte[] keyId) {
        byte[] header = new byte[2 + keyId.length];
        header[0] = VERSION;
        header[1] = (byte) keyId.length;
        System.arraycopy(keyId, 0, header, 2, keyId.length);
        return header;
    }
}
