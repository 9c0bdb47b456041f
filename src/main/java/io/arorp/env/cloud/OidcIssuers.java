package io.arorp.env.cloud;

import java.util.Optional;

/**
 * The RP-owned storage that serves the OIDC issuers of workload-identity clusters: each cluster's discovery document
 * and key set are public blobs under a directory of its own, and the URL of that directory is the cluster's issuer,
 * which AAD fetches to validate the service account tokens the cluster signs.
 */
public interface OidcIssuers {
    /** The issuer URL of {@code directory}: where its blobs are served, without a trailing slash. */
    String issuerUrl(String directory);

    /** Writes {@code path} (e.g. {@code .well-known/openid-configuration}) under the directory. */
    void put(String directory, String path, byte[] content);

    Optional<byte[]> get(String directory, String path);

    /** A no-op when the blob does not exist. */
    void delete(String directory, String path);
}
