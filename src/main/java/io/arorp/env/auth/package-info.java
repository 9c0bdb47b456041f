/** Who may call the RP: ARM's client certificates for ARM routes, the admin CA and common name for admin routes. */
package io.arorp.env.auth;
