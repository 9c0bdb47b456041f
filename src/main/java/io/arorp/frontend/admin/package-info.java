/** The admin API (Geneva Actions for SREs): cluster lists and Kubernetes objects of a customer cluster. */
package io.arorp.frontend.admin;
