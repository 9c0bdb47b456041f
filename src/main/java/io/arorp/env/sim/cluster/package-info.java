/** Simulated OpenShift clusters for dev and test: in-process API servers on loopback, seeded like a fresh cluster and persisted across RP restarts. */
package io.arorp.env.sim.cluster;
