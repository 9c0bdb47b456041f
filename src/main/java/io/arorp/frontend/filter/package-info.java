/** The original RP's middleware chain as JAX-RS filters: path normalisation, body limits, segment validation. */
package io.arorp.frontend.filter;
