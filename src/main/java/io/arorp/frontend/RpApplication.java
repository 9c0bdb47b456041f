package io.arorp.frontend;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** ARM addresses the RP at the host root ({@code /subscriptions/...}), so the JAX-RS application lives at "/". */
@ApplicationPath("/")
public class RpApplication extends Application {
}
