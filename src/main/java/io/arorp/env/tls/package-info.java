/** The RP's own TLS: the serving certificate Liberty presents, kept in step with where prod keeps it. */
package io.arorp.env.tls;
