/** Small cross-cutting helpers used by every role. */
package io.arorp.util;
