package io.arorp.frontend;

import java.util.Optional;

/** The OpenShift versions customers may install here, as the frontend's cache last saw them. */
public interface EnabledVersions {
    /** The version a create without one gets; empty when none is marked default. */
    Optional<String> defaultVersion();

    boolean isEnabled(String version);
}
