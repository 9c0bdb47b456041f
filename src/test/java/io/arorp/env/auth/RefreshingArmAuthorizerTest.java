package io.arorp.env.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.arorp.database.contract.TestClock;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ARM's published certificates read over HTTP from a local metadata endpoint, as ARM serves them. */
class RefreshingArmAuthorizerTest {
    private final TestClock clock = new TestClock();
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer server;
    private ArmMetadataCertificates metadata;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/metadata/authentication", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        metadata = new ArmMetadataCertificates(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/metadata/authentication?api-version=2015-01-01"), Duration.ofSeconds(5), Jackson.newMapper());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void acceptsOnlyAPublishedCertificateInsideItsWindow() throws Exception {
        X509Certificate current = certificate("CN=arm current");
        X509Certificate next = certificate("CN=arm next");
        Instant now = clock.instant();
        body.set(metadata(entry(current, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10))),
                entry(next, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(40)))));
        RefreshingArmAuthorizer authorizer = new RefreshingArmAuthorizer(metadata::fetch, clock);
        assertFalse(authorizer.isReady(), "not ready before the first refresh");
        assertFalse(authorizer.isAuthorized(List.of(current)));

        assertTrue(authorizer.refresh());
        assertTrue(authorizer.isReady());
        assertTrue(authorizer.isAuthorized(List.of(current)));
        assertFalse(authorizer.isAuthorized(List.of(next)), "published, but its window has not begun");
        assertFalse(authorizer.isAuthorized(List.of(certificate("CN=arm current"))), "same name, other certificate");
        assertFalse(authorizer.isAuthorized(List.of()), "no certificate");

        clock.advance(Duration.ofDays(3));
        assertTrue(authorizer.isAuthorized(List.of(next)), "rotation: the next certificate's window began");
    }

    @Test
    void aFailedRefreshKeepsTheSetUntilItIsADayOld() throws Exception {
        X509Certificate current = certificate("CN=arm");
        Instant now = clock.instant();
        body.set(metadata(entry(current, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)))));
        RefreshingArmAuthorizer authorizer = new RefreshingArmAuthorizer(metadata::fetch, clock);
        assertTrue(authorizer.refresh());

        status.set(503);
        clock.advance(Duration.ofHours(23));
        assertFalse(authorizer.refresh());
        assertTrue(authorizer.isReady());
        assertTrue(authorizer.isAuthorized(List.of(current)), "the last good set still decides");

        clock.advance(Duration.ofHours(2));
        assertFalse(authorizer.isReady(), "no successful refresh for 25 hours");

        status.set(200);
        assertTrue(authorizer.refresh());
        assertTrue(authorizer.isReady());
    }

    @Test
    void anAnswerWithoutCertificatesIsAFailedRefresh() throws Exception {
        body.set("{\"clientCertificates\":[]}");
        assertThrows(IOException.class, metadata::fetch);
        body.set("{\"clientCertificates\":[{\"thumbprint\":\"AB\",\"notBefore\":\"2026-01-01T00:00:00Z\","
                + "\"notAfter\":\"2027-01-01T00:00:00Z\",\"certificate\":\"bm90IGEgY2VydA==\"}]}");
        assertThrows(IllegalArgumentException.class, metadata::fetch);
        RefreshingArmAuthorizer authorizer = new RefreshingArmAuthorizer(metadata::fetch, clock);
        assertFalse(authorizer.refresh());
        assertFalse(authorizer.isReady());
    }

    @Test
    void unknownFieldsOfTheMetadataAreIgnored() throws Exception {
        X509Certificate current = certificate("CN=arm");
        Instant now = clock.instant();
        body.set("{\"hostingEnvironment\":\"prod\"," + metadata(entry(current, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)))).substring(1));
        assertEquals(1, metadata.fetch().size());
    }

    private static String metadata(String... entries) {
        return "{\"clientCertificates\":[" + String.join(",", entries) + "]}";
    }

    private static String entry(X509Certificate certificate, Instant notBefore, Instant notAfter) throws Exception {
        return "{\"thumbprint\":\"T\",\"notBefore\":\"" + notBefore + "\",\"notAfter\":\"" + notAfter
                + "\",\"certificate\":\"" + Base64.getEncoder().encodeToString(certificate.getEncoded()) + "\"}";
    }

    private static X509Certificate certificate(String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(new X500Name(subject),
                BigInteger.valueOf(System.nanoTime()), Date.from(now.minus(Duration.ofDays(30))),
                Date.from(now.plus(Duration.ofDays(365))), new X500Name(subject), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }
}
