package io.arorp.env.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.env.tls.ClusterPki;
import io.arorp.env.tls.KeyStoreFile;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rp-server from the service vault in both encodings Key Vault hands out, and into Liberty's key store file. */
class VaultServingCertificateTest extends AzureStubTest {
    static final char[] PASSWORD = "ks-password".toCharArray();
    static final ClusterPki PKI = ClusterPki.create("rp-test-ca", Clock.systemUTC(), new SecureRandom());

    @Test
    void readsAPemBundleOfKeyAndChainAsTheRpIdentity() throws Exception {
        ClusterPki.Issued issued = PKI.issueServer();
        secret("application/x-pem-file", json(issued.keyPem().reveal() + issued.certificatePem() + PKI.caPem()));

        KeyStore store = certificate().read(PASSWORD);

        Certificate[] chain = store.getCertificateChain(VaultServingCertificate.ALIAS);
        assertEquals(2, chain.length);
        assertEquals(issued.certificate(), chain[0]);
        assertArrayEquals(issued.key().getEncoded(), store.getKey(VaultServingCertificate.ALIAS, PASSWORD)
                .getEncoded());
        azure.server.verify(getRequestedFor(urlPathEqualTo("/svc/secrets/rp-server"))
                .withQueryParam("api-version", equalTo("7.4")).withHeader("Authorization", equalTo(RP_TOKEN)));
    }

    @Test
    void readsAPkcs12WithoutPassword() throws Exception {
        ClusterPki.Issued issued = PKI.issueServer();
        KeyStore pfx = KeyStore.getInstance("PKCS12");
        pfx.load(null, null);
        pfx.setKeyEntry("some-alias", issued.key(), new char[0], new Certificate[] {issued.certificate()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pfx.store(out, new char[0]);
        secret("application/x-pkcs12", json(Base64.getEncoder().encodeToString(out.toByteArray())));

        assertEquals(issued.certificate(), certificate().read(PASSWORD).getCertificate(VaultServingCertificate.ALIAS));
    }

    @Test
    void refusesASecretWithoutAPrivateKey() {
        secret("application/x-pem-file", json(PKI.caPem()));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> certificate().read(PASSWORD));

        assertTrue(e.getMessage().contains("is not a certificate with its private key"), e.getMessage());
    }

    @Test
    void theKeyStoreFileIsReplacedOnlyWhenTheCertificateChanges(@TempDir Path dir) throws Exception {
        Path location = dir.resolve("resources/security/key.p12");
        Files.createDirectories(location.getParent());
        Files.writeString(location, "a placeholder Liberty cannot read as ours");
        KeyStoreFile file = new KeyStoreFile(location, PASSWORD);
        ClusterPki.Issued first = PKI.issueServer();
        secret("application/x-pem-file", json(first.keyPem().reveal() + first.certificatePem()));

        assertTrue(file.install(certificate().read(PASSWORD)));
        assertEquals(false, file.install(certificate().read(PASSWORD)));
        ClusterPki.Issued renewed = PKI.issueServer();
        secret("application/x-pem-file", json(renewed.keyPem().reveal() + renewed.certificatePem()));
        assertTrue(file.install(certificate().read(PASSWORD)));

        KeyStore onDisk = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(location)) {
            onDisk.load(in, PASSWORD);
        }
        assertEquals(renewed.certificate(), onDisk.getCertificate(VaultServingCertificate.ALIAS));
        try (var files = Files.list(location.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    private static VaultServingCertificate certificate() {
        var http = AzureHttp.client(Optional.of(azure.caBundle), Duration.ofSeconds(20));
        var rp = new Identity("client-secret", Optional.of(AzureStub.RP_TENANT), Optional.of("rp-client"),
                Optional.empty(), Optional.of("rp-secret")).credential(azure.base().toString(), http);
        return new VaultServingCertificate(VaultSecrets.create(URI.create(azure.base() + "svc"),
                "https://vault.azure.net/.default", rp, http, 1), "rp-server");
    }

    private static void secret(String contentType, String quotedValue) {
        azure.server.stubFor(get(urlPathEqualTo("/svc/secrets/rp-server")).willReturn(json(200, "{\"value\":"
                + quotedValue + ",\"contentType\":\"" + contentType + "\",\"id\":\"https://svc/secrets/rp-server/v1\"}")));
    }

    private static String json(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
