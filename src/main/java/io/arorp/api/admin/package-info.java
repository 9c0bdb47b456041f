/** The admin api-version (Geneva Actions): the SRE view of a cluster, internal fields included, secrets excluded. */
package io.arorp.api.admin;
