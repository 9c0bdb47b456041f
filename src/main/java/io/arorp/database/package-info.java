/** Documents of the RP (clusters, subscriptions, async operations, ...) and the semantics of each collection. */
package io.arorp.database;
