package io.arorp.env.sim.cluster.bridge;

import java.io.IOException;
import java.net.URI;

/**
 * The plain-HTTP fabric8 mock behind a bridge. It runs only while someone uses it (a request being forwarded, an open
 * watch), so a simulated cluster nobody talks to can let its mock and the mock's threads go; the objects stay.
 */
public interface MockEndpoint {
    /** One more user; starts the mock first if it is stopped. */
    void acquire() throws IOException;

    /** One user fewer. */
    void release();

    /** The running mock's base URI ({@code http://127.0.0.1:<port>}); valid between acquire and release. */
    URI uri();
}
