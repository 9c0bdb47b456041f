package io.arorp.env.auth;

import java.security.cert.X509Certificate;
import java.util.List;

/** Decides whether the TLS client certificate chain a request presented may call a group of routes. */
public interface ClientAuthorizer {
    /** @param chain leaf first; empty when the client presented no certificate */
    boolean isAuthorized(List<X509Certificate> chain);

    /** Whether the authorizer has what it needs to decide (e.g. a fresh certificate set); part of readiness. */
    boolean isReady();
}
