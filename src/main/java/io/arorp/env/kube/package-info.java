/** Kubeconfig parsing and writing, and the kubeconfig-to-client seam shared by real and simulated clusters. */
package io.arorp.env.kube;
