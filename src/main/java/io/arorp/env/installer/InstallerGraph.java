package io.arorp.env.installer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.Secret;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The installer's persisted asset graph, as the original keeps it: blob {@code graph} in container {@code aro} of
 * the cluster storage account, a JSON object of assets by Go type name. The RP reads one asset after install, the
 * cluster's root CA ({@code *tls.RootCA}: PEM certificate and key as base64 {@code CertRaw}/{@code KeyRaw}), to sign
 * a new machine config server certificate the machines already trust. The original seals the blob with the RP's
 * AEAD key; this one is stored as plain JSON (noted in the simulated installer that writes it).
 */
public final class InstallerGraph {
    public static final String CONTAINER = "aro";
    public static final String BLOB = "graph";
    static final String ROOT_CA = "*tls.RootCA";
    private static final ObjectMapper MAPPER = Jackson.newMapper();

    private InstallerGraph() {
    }

    /** The root CA's certificate and key, PEM. */
    public record RootCa(String certificatePem, Secret keyPem) {
    }

    /** A graph holding the root CA. */
    public static byte[] withRootCa(RootCa rootCa) {
        ObjectNode graph = MAPPER.createObjectNode();
        graph.putObject(ROOT_CA).put("CertRaw", base64(rootCa.certificatePem()))
                .put("KeyRaw", base64(rootCa.keyPem().reveal()));
        try {
            return MAPPER.writeValueAsBytes(graph);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The root CA of a graph; empty when the graph holds none. */
    public static Optional<RootCa> rootCa(byte[] graph) {
        try {
            JsonNode asset = MAPPER.readTree(graph).path(ROOT_CA);
            if (!asset.hasNonNull("CertRaw") || !asset.hasNonNull("KeyRaw")) {
                return Optional.empty();
            }
            return Optional.of(new RootCa(text(asset.path("CertRaw")), Secret.of(text(asset.path("KeyRaw")))));
        } catch (IOException e) {
            throw new IllegalStateException("the installer graph is unreadable", e);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonNode base64) {
        return new String(Base64.getDecoder().decode(base64.asText()), StandardCharsets.UTF_8);
    }
}
