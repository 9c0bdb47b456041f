package io.arorp.env;

import io.arorp.database.DocumentCodec;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.secret.RefreshingSecretSealer;
import io.arorp.database.secret.SecretSealer;
import io.arorp.env.azure.VaultSecretKeys;
import io.arorp.env.azure.VaultSecrets;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the keys that seal secret fields at rest. Keys in configuration ({@code aro.secrets.keys},
 * {@code id=base64key,...}, newest first) win: dev and test use fixed, publicly known ones (their data is not
 * secret). Prod reads them from every version of a secret in the RP's service Key Vault
 * ({@code aro.azure.service-vault.uri}), hourly, so adding a version rotates the key without a restart.
 */
@ApplicationScoped
public class SecretsProducer {
    /** The shortest pause between two reads caused by values sealed with a key not read yet. */
    private static final Duration MIN_RELOAD = Duration.ofMinutes(1);
    private final Optional<String> keys;
    private final Optional<String> vaultUri;
    private final Duration refresh;
    private final String secretName;

    /** Liberty's default scheduler runs the periodic re-read of the vault's key versions. */
    @Resource
    private ManagedScheduledExecutorService scheduler;
    private volatile ScheduledFuture<?> refreshing;

    @Inject
    public SecretsProducer(@ConfigProperty(name = "aro.secrets.keys") Optional<String> keys,
            @ConfigProperty(name = "aro.azure.service-vault.uri") Optional<String> vaultUri,
            @ConfigProperty(name = "aro.secrets.refresh", defaultValue = "PT1H") Duration refresh,
            @ConfigProperty(name = "aro.secrets.vault-secret", defaultValue = "secret-encryption-key") String name) {
        this.keys = keys.filter(k -> !k.isBlank());
        this.vaultUri = vaultUri.filter(k -> !k.isBlank());
        this.refresh = refresh;
        this.secretName = name;
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected SecretsProducer() {
        this(Optional.empty(), Optional.empty(), Duration.ofHours(1), "secret-encryption-key");
    }

    @Produces
    @Singleton
    public SecretSealer secretSealer(Instance<VaultSecrets> vault, Clock clock) {
        if (keys.isPresent()) {
            return new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(keys.get()), new SecureRandom());
        }
        if (vaultUri.isEmpty()) {
            throw new IllegalStateException("the secret encryption keys are needed: aro.azure.service-vault.uri "
                    + "(env ARO_AZURE_SERVICE_VAULT_URI, the RP's service vault) or aro.secrets.keys (env "
                    + "ARO_SECRETS_KEYS, id=base64,...)");
        }
        VaultSecretKeys source = new VaultSecretKeys(vault.get(), secretName, clock);
        RefreshingSecretSealer sealer = new RefreshingSecretSealer(source::keys, new SecureRandom(), clock,
                MIN_RELOAD);
        refreshing = scheduler.scheduleWithFixedDelay(sealer::refresh, refresh.toMillis(), refresh.toMillis(),
                TimeUnit.MILLISECONDS);
        return sealer;
    }

    @Produces
    @Singleton
    public DocumentCodec documentCodec(SecretSealer sealer) {
        return new DocumentCodec(sealer);
    }

    @PreDestroy
    void stopRefreshing() {
        ScheduledFuture<?> current = refreshing;
        if (current != null) {
            current.cancel(false);
        }
    }
}
