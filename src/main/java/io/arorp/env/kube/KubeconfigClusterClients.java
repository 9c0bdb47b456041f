package io.arorp.env.kube;

import io.arorp.api.Secret;
import io.arorp.env.ClusterClients;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.credentials.AccessTokenAuthentication;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * The one {@link ClusterClients}: the kubeconfig decides the endpoint, the CA the server is verified against, and the
 * credential. TLS verification is always on; a kubeconfig without CA data falls back to the JVM's trusted roots.
 */
public final class KubeconfigClusterClients implements ClusterClients {
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();
    private final Duration readTimeout;

    /**
     * @param readTimeout read timeout of ordinary calls; watches set their own (client-java convention: a client per
     *     watch with {@code setReadTimeout(0)})
     */
    public KubeconfigClusterClients(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    @Override
    public ApiClient client(Secret kubeconfig) {
        Kubeconfig config = Kubeconfig.parse(kubeconfig.revealBytes());
        ClientBuilder builder = new ClientBuilder()
                .setBasePath(config.server())
                .setVerifyingSsl(true)
                .setReadTimeout(readTimeout);
        if (config.token() != null) {
            builder.setAuthentication(new AccessTokenAuthentication(config.token().reveal()));
        } else {
            KeyManager[] keyManagers = keyManagers(config.clientCertificatePem(), config.clientKey());
            builder.setAuthentication(client -> client.setKeyManagers(keyManagers));
        }
        if (config.certificateAuthorityPem() != null) {
            // must come last: ApiClient rebuilds its trust managers from this on every SSL change
            builder.setCertificateAuthority(config.certificateAuthorityPem().getBytes(StandardCharsets.US_ASCII));
        }
        return builder.build();
    }

    /** Key managers over an in-memory key store, so no JVM-wide key store or password ever takes part. */
    private static KeyManager[] keyManagers(String certificatePem, Secret keyPem) {
        try {
            Certificate[] chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)))
                    .toArray(Certificate[]::new);
            if (chain.length == 0) {
                throw new IllegalArgumentException("kubeconfig client-certificate-data holds no certificate");
            }
            PrivateKey key = Pem.privateKey(keyPem);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", key, IN_MEMORY_PASSWORD, chain);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, IN_MEMORY_PASSWORD);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("kubeconfig client certificate or key is unusable: " + e.getMessage(), e);
        }
    }
}
