package io.arorp.database.secret;

/**
 * Seals secret bytes before they reach the store and opens them after. A sealed value names the key that sealed
 * it, so keys can rotate: new writes use the newest key, and values sealed with any configured key still open.
 */
public interface SecretSealer {
    byte[] seal(byte[] plaintext);

    /** @throws SecretUnreadableException if the value was tampered with or sealed with a key not configured here */
    byte[] open(byte[] sealed);
}
