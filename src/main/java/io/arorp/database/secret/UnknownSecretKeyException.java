package io.arorp.database.secret;

/** A sealed value names a key this RP does not have (yet): another instance may have read a newer key version. */
public class UnknownSecretKeyException extends SecretUnreadableException {
    private static final long serialVersionUID = 1L;
    private final String keyId;

    public UnknownSecretKeyException(String keyId) {
        super("secret sealed with key '" + keyId + "', which is not configured", null);
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
