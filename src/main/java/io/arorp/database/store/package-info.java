/** The document store port: JSON documents with ids, partition keys and etags, behind which Cosmos DB or the embedded engine sits. */
package io.arorp.database.store;
