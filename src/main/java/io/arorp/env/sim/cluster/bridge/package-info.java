/** The HTTPS front of a simulated cluster that gives the fabric8 mock a real API server's watch and error semantics. */
package io.arorp.env.sim.cluster.bridge;
