package io.arorp.env.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Reads the client certificates ARM publishes on its metadata endpoint
 * ({@code /metadata/authentication?api-version=2015-01-01}): ARM rotates them, so the RP follows the published set
 * instead of a certificate pinned at deployment time.
 */
final class ArmMetadataCertificates {
    /** One published certificate and the window ARM says it is in use. */
    record Published(X509Certificate certificate, Instant notBefore, Instant notAfter) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Metadata(List<Entry> clientCertificates) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String thumbprint, Instant notBefore, Instant notAfter, String certificate) {
    }

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper mapper;

    ArmMetadataCertificates(URI endpoint, Duration timeout, ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** @throws IOException when the endpoint cannot be read or answers something that is not a certificate set */
    List<Published> fetch() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("ARM metadata " + endpoint + " answered " + response.statusCode());
        }
        Metadata metadata = mapper.readValue(response.body(), Metadata.class);
        if (metadata.clientCertificates() == null || metadata.clientCertificates().isEmpty()) {
            throw new IOException("ARM metadata " + endpoint + " lists no clientCertificates");
        }
        return metadata.clientCertificates().stream().map(ArmMetadataCertificates::published).toList();
    }

    private static Published published(Entry entry) {
        if (entry.certificate() == null || entry.notBefore() == null || entry.notAfter() == null) {
            throw new IllegalArgumentException("ARM metadata entry " + entry.thumbprint()
                    + " lacks certificate, notBefore or notAfter");
        }
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(entry.certificate())));
            return new Published(certificate, entry.notBefore(), entry.notAfter());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("ARM metadata entry " + entry.thumbprint() + " is not a certificate", e);
        }
    }
}
