package io.arorp.frontend.action;

import io.arorp.api.CloudException;
import io.arorp.database.secret.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code $skipToken} of list paging: the store's continuation, encrypted and authenticated, so callers can
 * neither read nor forge a position in another subscription's listing.
 */
@ApplicationScoped
public class SkipTokens {
    private SecretSealer sealer;

    @Inject
    public SkipTokens(SecretSealer sealer) {
        this.sealer = sealer;
    }

    protected SkipTokens() {
    }

    public String seal(String continuation) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sealer.seal(continuation.getBytes(StandardCharsets.UTF_8)));
    }

    public String open(String token) {
        try {
            return new String(sealer.open(Base64.getUrlDecoder().decode(token)), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new CloudException(400, "InvalidParameter", "$skipToken", "The provided $skipToken is invalid.");
        }
    }
}
