/** Encryption at rest of the secret fields of stored documents (authenticated cipher, rotating keys). */
package io.arorp.database.secret;
