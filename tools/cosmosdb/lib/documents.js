"use strict";
// Document-level fixes: a change-feed sequence number on every write, TTL expiry, partition filtering and the
// partition key of a request, shared by the handlers.
const { Items, getValue, parsePartitionKey } = require("./upstream");
const clock = require("./clock");

/** Every write gets the next _lsn of its container, which orders the change feed. */
function installSequenceNumbers() {
  const set = Items.prototype._set;
  Items.prototype._set = function stamp(data) {
    this.aroLsn = (this.aroLsn || 0) + 1;
    data._lsn = this.aroLsn; // eslint-disable-line no-param-reassign
    return set.call(this, data);
  };
}

/** Cosmos TTL: the document's own ttl wins over the container default; -1 or no TTL policy means never. */
function isExpired(collection, doc) {
  const defaultTtl = (collection.read() || {}).defaultTtl;
  if (typeof defaultTtl !== "number") return false;
  const ttl = typeof doc.ttl === "number" ? doc.ttl : defaultTtl;
  return ttl > 0 && doc._ts + ttl <= Math.floor(clock.now() / 1000);
}

/** Deletes expired documents so their ids and unique keys are free again, as Cosmos does in the background. */
function purgeExpired(collection) {
  if (typeof (collection.read() || {}).defaultTtl !== "number") return;
  const docs = collection.documents;
  for (const item of [...docs._data.values()]) {
    const doc = item.read();
    if (doc && isExpired(collection, doc)) {
      docs.delete(doc.id, docs._getPartition(doc));
    }
  }
}

/** The request's partition key value, or undefined for a cross-partition request. */
function requestPartitionKey(req) {
  const header = req.headers["x-ms-documentdb-partitionkey"];
  if (!header || header === "[]" || header === "[{}]") return undefined;
  return parsePartitionKey(Array.isArray(header) ? header[0] : header, undefined);
}

/** The live documents of a collection, optionally of one partition. */
function liveDocuments(collection, partitionKey) {
  const docs = collection.documents;
  const path = docs._getPartitionKeyPath();
  return [...docs._data.values()]
    .map(item => item.read())
    .filter(doc => doc && !isExpired(collection, doc))
    .filter(doc => partitionKey === undefined || getValue(path, doc) === partitionKey);
}

module.exports = { installSequenceNumbers, isExpired, purgeExpired, requestPartitionKey, liveDocuments };
