package io.arorp.env.auth;

import java.security.cert.X509Certificate;
import java.util.List;

/** Dev and test: the RP runs without ARM in front of it, so every caller is accepted (as the original's dev mode). */
final class AcceptAllAuthorizer implements ClientAuthorizer {
    @Override
    public boolean isAuthorized(List<X509Certificate> chain) {
        return true;
    }

    @Override
    public boolean isReady() {
        return true;
    }
}
