/** The RP's one internal model of its resources; versioned external shapes live in {@code api.v*} packages at the edge. */
package io.arorp.api;
