"use strict";
// The incremental change feed (A-IM: Incremental feed): documents whose latest write is after the continuation
// (the etag of the previous page, sent back in If-None-Match), oldest first, each once; 304 when nothing changed.
const { liveDocuments, requestPartitionKey } = require("./documents");

const DEFAULT_PAGE = 100;

/** Returns [status, body, headers]. */
function read(collection, req, dbId, collId) {
  const docs = collection.documents;
  const latest = docs.aroLsn || 0;
  const ifNoneMatch = req.headers["if-none-match"];
  let after = 0;
  if (ifNoneMatch === "*") {
    after = latest;
  } else if (ifNoneMatch) {
    after = parseInt(String(ifNoneMatch).replace(/"/g, ""), 10);
    if (!Number.isFinite(after)) return [400, { code: "BadRequest", message: "malformed If-None-Match" }, {}];
  }
  const max = parseInt(req.headers["x-ms-max-item-count"], 10);
  const changed = liveDocuments(collection, requestPartitionKey(req))
    .filter(doc => doc._lsn > after)
    .sort((a, b) => a._lsn - b._lsn)
    .slice(0, max > 0 ? max : DEFAULT_PAGE);
  const etag = changed.length ? changed[changed.length - 1]._lsn : after;
  const headers = {
    etag: `"${etag}"`,
    lsn: String(latest),
    "x-ms-alt-content-path": `dbs/${dbId}/colls/${collId}`,
    "x-ms-item-count": String(changed.length),
  };
  if (!changed.length) return [304, null, headers];
  return [200, { _rid: collection.read()._rid, Documents: changed, _count: changed.length }, headers];
}

module.exports = { read };
