package io.arorp.env.cloud;

import java.util.Optional;

/** Blobs in a cluster's storage account (bootstrap ignition, the installer's graph). */
public interface Storage {
    void putBlob(String storageAccountId, String container, String blob, byte[] content);

    Optional<byte[]> getBlob(String storageAccountId, String container, String blob);

    /** A no-op when the blob (or its account) does not exist. */
    void deleteBlob(String storageAccountId, String container, String blob);
}
