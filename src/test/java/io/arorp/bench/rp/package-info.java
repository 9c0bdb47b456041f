/** The RP benchmark (bench/README.md): a real server, an HTTPS load client, a results table and plot. */
package io.arorp.bench.rp;
