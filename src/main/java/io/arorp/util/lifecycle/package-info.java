/** Process lifecycle: startup, readiness, and a graceful drain on shutdown. */
package io.arorp.util.lifecycle;
