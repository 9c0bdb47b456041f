package io.arorp.env;

import java.util.Locale;

/** The three environments the RP runs in; chosen by {@code mp.config.profile}. Only {@code env} producers read it. */
public enum RpMode {
    PROD, DEV, TEST;

    static RpMode fromProfile(String profile) {
        if (profile == null || profile.isBlank()) {
            return DEV;
        }
        try {
            return valueOf(profile.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mp.config.profile must be one of prod, dev, test; got '" + profile + "'", e);
        }
    }
}
