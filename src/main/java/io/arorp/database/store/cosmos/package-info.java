/** The Cosmos DB adapter of the document store, on the azure-cosmos SDK in gateway mode (prod). */
package io.arorp.database.store.cosmos;
