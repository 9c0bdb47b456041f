/** The ARM-facing JAX-RS frontend: thin resources, request filters and per-verb actions that write intent. */
package io.arorp.frontend;
