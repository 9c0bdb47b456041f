/** The api-version contract, its registry, and the shared machinery every version's converter is built from. */
package io.arorp.api.version;
