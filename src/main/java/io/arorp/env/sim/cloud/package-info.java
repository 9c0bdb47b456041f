/** The simulated Azure cloud of dev and test: state in the document store, Azure's rules, latency and injectable faults. */
package io.arorp.env.sim.cloud;
