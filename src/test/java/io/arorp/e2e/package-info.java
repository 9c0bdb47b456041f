/** End-to-end scenarios against a running RP (test/run.sh starts one in dev), driven with the real Azure SDK client. */
package io.arorp.e2e;
