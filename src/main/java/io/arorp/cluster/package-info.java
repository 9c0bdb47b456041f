/** The cluster lifecycle: ordered, idempotent steps of install (two phases), update, admin update and delete. */
package io.arorp.cluster;
