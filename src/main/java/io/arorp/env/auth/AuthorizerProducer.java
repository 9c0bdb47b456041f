package io.arorp.env.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the ARM and admin authorizers. {@code aro.auth.mode=accept-all} (dev, test) or {@code certificates}
 * (prod; also used by the auth integration tests): ARM certificates pinned from a PEM bundle, admin calls checked
 * against the admin CA bundle and common name.
 */
@ApplicationScoped
public class AuthorizerProducer {
    private final String mode;
    private final Optional<String> armCertificates;
    private final Optional<String> adminCaCertificates;
    private final String adminCommonName;
    private final Clock clock;

    @Inject
    public AuthorizerProducer(@ConfigProperty(name = "aro.auth.mode", defaultValue = "accept-all") String mode,
            @ConfigProperty(name = "aro.auth.arm.certificates") Optional<String> armCertificates,
            @ConfigProperty(name = "aro.auth.admin.ca-certificates") Optional<String> adminCaCertificates,
            @ConfigProperty(name = "aro.auth.admin.common-name") Optional<String> adminCommonName,
            Clock clock) {
        this.mode = mode;
        this.armCertificates = armCertificates;
        this.adminCaCertificates = adminCaCertificates;
        this.adminCommonName = adminCommonName.orElse("");
        this.clock = clock;
    }

    protected AuthorizerProducer() {
        this("accept-all", Optional.empty(), Optional.empty(), Optional.empty(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    @Arm
    public ClientAuthorizer arm() {
        if (acceptAll()) {
            return new AcceptAllAuthorizer();
        }
        return new PinnedCertificateAuthorizer(load(armCertificates, "aro.auth.arm.certificates"), clock);
    }

    @Produces
    @Singleton
    @Admin
    public ClientAuthorizer admin() {
        if (acceptAll()) {
            return new AcceptAllAuthorizer();
        }
        return new CaAndCommonNameAuthorizer(load(adminCaCertificates, "aro.auth.admin.ca-certificates"),
                adminCommonName, clock);
    }

    private boolean acceptAll() {
        return switch (mode) {
            case "accept-all" -> true;
            case "certificates" -> false;
            default -> throw new IllegalStateException("aro.auth.mode must be accept-all or certificates, got " + mode);
        };
    }

    private static List<java.security.cert.X509Certificate> load(Optional<String> file, String key) {
        return Pem.certificates(Path.of(file.orElseThrow(() -> new IllegalStateException(
                key + " must name a PEM file when aro.auth.mode=certificates"))));
    }
}
