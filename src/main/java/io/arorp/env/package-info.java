/** Environment seams: the only place that knows whether the RP runs in prod, dev or test, and hands out shims accordingly. */
package io.arorp.env;
