/** The simulated installer and ARO operator deployer of dev and test: simulated clusters plus the Azure VMs an install leaves. */
package io.arorp.env.sim.installer;
