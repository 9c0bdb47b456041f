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
    private final SimulatedCloud cloud;
    private final Clock clock;
    private final String vaultId;

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
                    .put("version", version);
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
