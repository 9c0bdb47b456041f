package io.arorp.env;

import io.arorp.database.DocumentCodec;
import io.arorp.database.secret.AesGcmSecretSealer;
import io.arorp.database.secret.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the keys that seal secret fields at rest, from {@code aro.secrets.keys} ({@code id=base64key,...}, newest
 * first). Dev and test use fixed, publicly known keys (their data is not secret); prod has no default and must get
 * its keys from the environment ({@code ARO_SECRETS_KEYS}) until they are read from Key Vault.
 */
@ApplicationScoped
public class SecretsProducer {
    private final Optional<String> keys;

    @Inject
    public SecretsProducer(@ConfigProperty(name = "aro.secrets.keys") Optional<String> keys) {
        this.keys = keys.filter(k -> !k.isBlank());
    }

    /** CDI needs a no-arg constructor to proxy this normal-scoped bean. */
    protected SecretsProducer() {
        this(Optional.empty());
    }

    @Produces
    @Singleton
    public SecretSealer secretSealer() {
        String spec = keys.orElseThrow(() -> new IllegalStateException(
                "aro.secrets.keys (env ARO_SECRETS_KEYS) must list the secret encryption keys as id=base64,..."));
        return new AesGcmSecretSealer(AesGcmSecretSealer.parseKeys(spec), new SecureRandom());
    }

    @Produces
    @Singleton
    public DocumentCodec documentCodec(SecretSealer sealer) {
        return new DocumentCodec(sealer);
    }
}
