package io.arorp.env.auth;

import io.arorp.util.json.Jackson;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the ARM and admin authorizers. {@code aro.auth.mode=accept-all} (dev, test) or {@code certificates}
 * (prod; also used by the auth integration tests): ARM certificates pinned from a PEM bundle when one is configured
 * ({@code aro.auth.arm.certificates}: tests, air-gapped clouds), else followed from ARM's metadata endpoint
 * ({@code aro.auth.arm.metadata-url}, refreshed hourly, as the original RP does); admin calls checked against the
 * admin CA bundle and common name.
 */
@ApplicationScoped
public class AuthorizerProducer {
    private final String mode;
    private final Optional<String> armCertificates;
    private final Optional<String> adminCaCertificates;
    private final String adminCommonName;
    private final Optional<String> armMetadataUrl;
    private final ArmRefresh armRefresh;
    private final Clock clock;

    /** How often ARM's certificate set is read, how soon a failed read is retried, and how long one read may take. */
    record ArmRefresh(Duration interval, Duration retry, Duration timeout) {
    }

    /** Liberty's default scheduler runs the hourly refresh of ARM's certificates. */
    @Resource
    private ManagedScheduledExecutorService scheduler;
    private volatile ScheduledFuture<?> refreshing;
    private volatile boolean stopped;

    @Inject
    public AuthorizerProducer(@ConfigProperty(name = "aro.auth.mode", defaultValue = "accept-all") String mode,
            @ConfigProperty(name = "aro.auth.arm.certificates") Optional<String> armCertificates,
            @ConfigProperty(name = "aro.auth.admin.ca-certificates") Optional<String> adminCaCertificates,
            @ConfigProperty(name = "aro.auth.admin.common-name") Optional<String> adminCommonName,
            @ConfigProperty(name = "aro.auth.arm.metadata-url") Optional<String> armMetadataUrl,
            @ConfigProperty(name = "aro.auth.arm.metadata-refresh", defaultValue = "PT1H") Duration refreshInterval,
            @ConfigProperty(name = "aro.auth.arm.metadata-retry", defaultValue = "PT1M") Duration refreshRetry,
            @ConfigProperty(name = "aro.auth.arm.metadata-timeout", defaultValue = "PT30S") Duration refreshTimeout,
            Clock clock) {
        this.mode = mode;
        this.armCertificates = armCertificates;
        this.adminCaCertificates = adminCaCertificates;
        this.adminCommonName = adminCommonName.orElse("");
        this.armMetadataUrl = armMetadataUrl;
        this.armRefresh = new ArmRefresh(refreshInterval, refreshRetry, refreshTimeout);
        this.clock = clock;
    }

    protected AuthorizerProducer() {
        this("accept-all", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofHours(1),
                Duration.ofMinutes(1), Duration.ofSeconds(30), Clock.systemUTC());
    }

    @Produces
    @Singleton
    @Arm
    public ClientAuthorizer arm() {
        if (acceptAll()) {
            return new AcceptAllAuthorizer();
        }
        if (armCertificates.isPresent() || armMetadataUrl.isEmpty()) {
            return new PinnedCertificateAuthorizer(load(armCertificates, "aro.auth.arm.certificates"), clock);
        }
        ArmMetadataCertificates metadata = new ArmMetadataCertificates(URI.create(armMetadataUrl.get()),
                armRefresh.timeout(), Jackson.newMapper());
        RefreshingArmAuthorizer authorizer = new RefreshingArmAuthorizer(metadata::fetch, clock);
        refreshFrom(authorizer, Duration.ZERO);
        return authorizer;
    }

    /** Refreshes now and then every interval; a failed refresh is retried sooner. */
    private void refreshFrom(RefreshingArmAuthorizer authorizer, Duration delay) {
        if (stopped) {
            return;
        }
        refreshing = scheduler.schedule(() -> refreshFrom(authorizer,
                authorizer.refresh() ? armRefresh.interval() : armRefresh.retry()), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopRefreshing() {
        stopped = true;
        ScheduledFuture<?> current = refreshing;
        if (current != null) {
            current.cancel(false);
        }
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
