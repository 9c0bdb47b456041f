package io.arorp.env.sim.cloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.arorp.env.cloud.CloudResource;
import io.arorp.env.cloud.KeyVault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The RP's cluster key vault: certificates by name, a new version (one year valid) per issue or renewal. */
public final class SimKeyVault implements KeyVault {
    private static final Duration VALIDITY = Duration.ofDays(365);
    /** The public CA the original's cluster certificates come from. */
    public static final String ISSUER = "OneCertV2-PublicCA";
    private final SimulatedCloud cloud;
    private final Clock clock;
    private final String vaultId;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    public SimKeyVault(SimulatedCloud cloud, Clock clock, String location) {
        this.cloud = cloud;
        this.clock = clock;
        this.vaultId = "/subscriptions/" + cloud.settings().rpSubscription() + "/resourceGroups/rp-" + location
                + "/providers/Microsoft.KeyVault/vaults/" + location + "-cls";
    }

    @Override
    public Certificate ensureCertificate(String name, List<String> dnsNames, boolean renew) {
        String id = vaultId + "/certificates/" + name;
        return cloud.calls().call("keyVault.ensureCertificate", id, () -> {
            Optional<Certificate> existing = cloud.get(id).map(SimKeyVault::toCertificate);
            if (existing.isPresent() && !renew && existing.get().dnsNames().equals(dnsNames)) {
                return existing.get();
            }
            int version = existing.map(c -> c.version() + 1).orElse(1);
            var properties = cloud.object().put("notAfter", clock.instant().plus(VALIDITY).toString())
                    .put("version", version).put("issuer", ISSUER);
            ArrayNode names = properties.putArray("dnsNames");
            dnsNames.forEach(names::add);
            return toCertificate(cloud.put(CloudResource.of(id, "Microsoft.KeyVault/vaults/certificates", null,
                    properties)));
        });
    }

    @Override
    public Optional<Certificate> certificate(String name) {
        String id = vaultId + "/certificates/" + name;
        return cloud.calls().call("keyVault.getCertificate", id, () -> cloud.get(id).map(SimKeyVault::toCertificate));
    }

    /** Issues the PEM of the certificate's current version on first read (from a CA of the simulation's own). */
    @Override
    public Optional<io.arorp.api.Secret> certificateBundle(String name) {
        String id = vaultId + "/certificates/" + name;
        return cloud.calls().call("keyVault.getSecret", id, () -> cloud.get(id).map(r -> {
            String version = r.properties().path("version").asText();
            if (!version.equals(r.properties().path("pemVersion").asText())) {
                var pki = io.arorp.env.tls.ClusterPki.create("Simulated Public CA", clock, random);
                var issued = pki.issueServer(toCertificate(r).dnsNames());
                r.properties().put("pem", issued.keyPem().reveal() + issued.certificatePem() + pki.caPem())
                        .put("pemVersion", version);
                cloud.put(r);
            }
            return io.arorp.api.Secret.of(r.properties().path("pem").asText());
        }));
    }

    @Override
    public boolean correctIssuer(String name) {
        String id = vaultId + "/certificates/" + name;
        return cloud.calls().call("keyVault.correctIssuer", id, () -> {
            Optional<CloudResource> existing = cloud.get(id);
            if (existing.isEmpty() || ISSUER.equalsIgnoreCase(existing.get().properties().path("issuer").asText())) {
                return false;
            }
            existing.get().properties().put("issuer", ISSUER);
            cloud.put(existing.get());
            return true;
        });
    }

    /** The issuer a certificate's policy names (what correctIssuer changes). */
    public Optional<String> issuer(String name) {
        return cloud.get(vaultId + "/certificates/" + name).map(r -> r.properties().path("issuer").asText());
    }

    /** Sets the issuer a certificate's policy names, as an older RP left it. */
    public void setIssuer(String name, String issuer) {
        CloudResource r = cloud.get(vaultId + "/certificates/" + name).orElseThrow();
        r.properties().put("issuer", issuer);
        cloud.put(r);
    }

    @Override
    public void deleteCertificate(String name) {
        String id = vaultId + "/certificates/" + name;
        cloud.calls().run("keyVault.deleteCertificate", id, () -> cloud.delete(id));
    }

    private static Certificate toCertificate(CloudResource r) {
        List<String> names = new ArrayList<>();
        r.properties().path("dnsNames").forEach(n -> names.add(n.asText()));
        return new Certificate(r.name(), names, Instant.parse(r.properties().path("notAfter").asText()),
                r.properties().path("version").asInt());
    }
}
