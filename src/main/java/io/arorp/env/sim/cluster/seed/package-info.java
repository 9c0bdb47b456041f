/** The objects a freshly installed ARO cluster has, built from a small seed description. */
package io.arorp.env.sim.cluster.seed;
