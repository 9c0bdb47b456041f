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
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

/**
 * The one {@link ClusterClients}: the kubeconfig decides the endpoint, the CA the server is verified against, and the
 * credential. TLS verification is always on; a kubeconfig without CA data falls back to the JVM's trusted roots.
 *
 * <p>Every client shares one connection pool and one dispatcher, which {@link #close()} empties and stops. Without
 * that, each client's idle connections kept OkHttp's (static) task-runner threads alive for minutes after the
 * application stopped, and those threads pinned the stopped application's class loader: an in-place redeploy leaked
 * the whole previous application.
 */
public final class KubeconfigClusterClients implements ClusterClients, AutoCloseable {
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();
    private static final int MAX_IDLE_CONNECTIONS = 20;
    private final Duration readTimeout;
    private final ConnectionPool pool = new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES);
    private final Dispatcher dispatcher = new Dispatcher();

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
        ApiClient client = builder.build();
        // newBuilder keeps the TLS settings applied above; only the pool and dispatcher become the shared ones
        client.setHttpClient(client.getHttpClient().newBuilder().connectionPool(pool).dispatcher(dispatcher).build());
        return client;
    }

    /** Cancels calls in flight (watches included), closes idle connections and stops the dispatcher's threads. */
    @Override
    public void close() {
        dispatcher.cancelAll();
        dispatcher.executorService().shutdown();
        pool.evictAll();
    }

    /** Connections open in the shared pool, idle or in use. */
    int connectionCount() {
        return pool.connectionCount();
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
