package io.arorp.env.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The HTTP client under every Azure call: the JDK's, trusting the JVM's roots, or only the CAs of a PEM bundle when
 * one is configured (a private cloud's endpoints, or the local HTTPS stub of the tests). TLS verification stays on.
 */
public final class AzureHttp {
    private AzureHttp() {
    }

    public static HttpClient client(Optional<Path> caBundle, Duration timeout) {
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder();
        if (caBundle.isPresent()) {
            builder.sslContext(trusting(caBundle.get()));
        }
        return new JdkHttpClientBuilder(builder).connectionTimeout(timeout).responseTimeout(timeout)
                .readTimeout(timeout).build();
    }

    private static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new IllegalStateException("the Azure CA bundle " + pem + " holds no certificate");
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the Azure CA bundle " + pem + " is unreadable: " + e.getMessage(), e);
        }
    }
}
