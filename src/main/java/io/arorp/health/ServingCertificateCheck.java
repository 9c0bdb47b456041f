package io.arorp.health;

import io.arorp.env.tls.ServingCertificateRefresh;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the serving certificate from Key Vault is in place (where one is configured): ARM would otherwise
 * meet Liberty's self-signed placeholder and refuse the connection.
 */
@Readiness
@ApplicationScoped
public class ServingCertificateCheck implements HealthCheck {
    private final ServingCertificateRefresh certificate;

    @Inject
    public ServingCertificateCheck(ServingCertificateRefresh certificate) {
        this.certificate = certificate;
    }

    protected ServingCertificateCheck() {
        this.certificate = null;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("serving-certificate").status(certificate.installed());
        certificate.lastError().ifPresent(e -> response.withData("error", e));
        return response.build();
    }
}
