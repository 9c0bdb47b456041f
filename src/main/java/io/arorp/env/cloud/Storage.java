package io.arorp.env.cloud;

import java.util.Optional;

/**
 * A cluster's storage accounts: their blobs (bootstrap ignition, the installer's graph) and their firewall, which
 * the admin update tightens on clusters created before it was part of the base template.
 */
public interface Storage {
    void putBlob(String storageAccountId, String container, String blob, byte[] content);

    Optional<byte[]> getBlob(String storageAccountId, String container, String blob);

    /** A no-op when the blob (or its account) does not exist. */
    void deleteBlob(String storageAccountId, String container, String blob);

    /** The account's network rules; empty when the account does not exist. */
    Optional<StorageFirewall> firewall(String storageAccountId);

    /** Replaces the account's network rules (an account PATCH: nothing else of the account changes). */
    void setFirewall(String storageAccountId, StorageFirewall firewall);
}
