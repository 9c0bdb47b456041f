/** Structured logging: request and correlation ids attached to every log record of a request or job. */
package io.arorp.util.log;
