package io.arorp.env.auth;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The admin API's authorizer (Geneva Actions): the chain must validate up to one of the configured admin CAs and the
 * leaf's subject common name must be the configured one.
 */
final class CaAndCommonNameAuthorizer implements ClientAuthorizer {
    private final Set<TrustAnchor> anchors;
    private final String commonName;
    private final Clock clock;

    CaAndCommonNameAuthorizer(List<X509Certificate> caCertificates, String commonName, Clock clock) {
        this.anchors = caCertificates.stream().map(ca -> new TrustAnchor(ca, null)).collect(Collectors.toSet());
        this.commonName = commonName;
        this.clock = clock;
    }

    @Override
    public boolean isAuthorized(List<X509Certificate> chain) {
        if (chain.isEmpty() || anchors.isEmpty() || !commonName.equals(commonName(chain.get(0)))) {
            return false;
        }
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false); // the admin CA publishes no CRL reachable from the RP
            parameters.setDate(Date.from(clock.instant()));
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(chain), parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public boolean isReady() {
        return !anchors.isEmpty() && !commonName.isEmpty();
    }

    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
            return "";
        } catch (InvalidNameException e) {
            return "";
        }
    }
}
