/** The embedded, persistent document store used in dev and tests (H2 MVStore). */
package io.arorp.database.store.embedded;
