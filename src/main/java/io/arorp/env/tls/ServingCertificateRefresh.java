package io.arorp.env.tls;

import io.arorp.env.azure.VaultSecrets;
import io.arorp.env.azure.VaultServingCertificate;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the certificate Liberty serves in step with the RP's service vault (prod: {@code aro.tls.vault-secret},
 * the original's {@code rp-server}): read at start, then hourly, a failed read retried every minute; a renewed
 * certificate reaches clients without a restart because Liberty polls its key store file. Without the setting (dev,
 * test) Liberty's own generated certificate stays.
 */
@ApplicationScoped
public class ServingCertificateRefresh {
    private static final Logger LOG = Logger.getLogger(ServingCertificateRefresh.class.getName());
    private Optional<String> secretName;
    private String location;
    private String password;
    private Duration interval;
    private Duration retry;
    private Instance<VaultSecrets> vault;
    private Clock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;
    private volatile ScheduledFuture<?> next;
    private volatile Instant installedAt;
    private volatile String lastError;

    @Inject
    public ServingCertificateRefresh(@ConfigProperty(name = "aro.tls.vault-secret") Optional<String> secretName,
            @ConfigProperty(name = "keystore.location") Optional<String> location,
            @ConfigProperty(name = "keystore.password", defaultValue = "aro-rp-dev-keystore") String password,
            @ConfigProperty(name = "aro.tls.refresh", defaultValue = "PT1H") Duration interval,
            @ConfigProperty(name = "aro.tls.retry", defaultValue = "PT1M") Duration retry,
            Instance<VaultSecrets> vault, Clock clock) {
        this.secretName = secretName.filter(s -> !s.isBlank());
        this.location = location.orElse("");
        this.password = password;
        this.interval = interval;
        this.retry = retry;
        this.vault = vault;
        this.clock = clock;
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected ServingCertificateRefresh() {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (secretName.isPresent()) {
            schedule(Duration.ZERO);
        }
    }

    /** Whether the served certificate came from where it should: always true when no vault secret is configured. */
    public boolean installed() {
        return secretName.isEmpty() || installedAt != null;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private void refresh() {
        try {
            if (location.isBlank()) {
                throw new IllegalStateException("keystore.location (server.xml) is not set");
            }
            KeyStoreFile file = new KeyStoreFile(Path.of(location), password.toCharArray());
            boolean changed = file.install(new VaultServingCertificate(vault.get(), secretName.get())
                    .read(password.toCharArray()));
            installedAt = clock.instant();
            lastError = null;
            LOG.info(() -> "serving certificate " + (changed ? "replaced by" : "unchanged,") + " Key Vault secret "
                    + secretName.get() + " (sha256 " + file.current().orElse("?") + ")");
            schedule(interval);
        } catch (Exception e) {
            lastError = e.getMessage();
            LOG.log(Level.WARNING, e, () -> "serving certificate not read from Key Vault secret " + secretName.get()
                    + ", retrying in " + retry);
            schedule(retry);
        }
    }

    private synchronized void schedule(Duration delay) {
        next = scheduler.schedule(this::refresh, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void stop() {
        if (next != null) {
            next.cancel(false);
        }
    }
}
