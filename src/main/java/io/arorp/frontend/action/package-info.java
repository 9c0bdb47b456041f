/** One class per route and verb: plain values in, plain values out, so the rules are tested without HTTP. */
package io.arorp.frontend.action;
