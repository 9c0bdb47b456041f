"use strict";
// SQL queries: a query plan the Java SDK accepts (the upstream server has none, so every SDK query failed), and
// execution restricted to the request's partition and to live (unexpired) documents.
const { liveDocuments, requestPartitionKey } = require("./documents");

const UNSUPPORTED = /\b(ORDER\s+BY|TOP|GROUP\s+BY|DISTINCT|OFFSET)\b|\b(COUNT|SUM|MIN|MAX|AVG)\s*\(/i;

function plan(query) {
  if (UNSUPPORTED.test(query)) {
    return [400, { code: "BadRequest", message: `the test server plans only filter/projection queries: ${query}` }];
  }
  return [200, {
    partitionedQueryExecutionInfoVersion: 2,
    queryInfo: {
      distinctType: "None",
      top: null,
      offset: null,
      limit: null,
      orderBy: [],
      orderByExpressions: [],
      groupByExpressions: [],
      groupByAliases: [],
      aggregates: [],
      groupByAliasToAggregateType: {},
      rewrittenQuery: "",
      hasSelectValue: /^\s*SELECT\s+VALUE\b/i.test(query),
      dCountInfo: null,
      hasNonStreamingOrderBy: false,
    },
    queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }],
  }];
}

function parseJsonOrNull(s) {
  try {
    return JSON.parse(s);
  } catch (err) {
    return null;
  }
}

/**
 * The upstream parser lacks `x NOT IN (...)`, which Cosmos SQL has; `NOT (x IN (...))` means the same (undefined
 * stays undefined), so it is rewritten before parsing.
 */
function rewriteNotIn(sql) {
  const pattern = /([A-Za-z_][\w.]*(?:\[[^\]]*\])*)\s+NOT\s+IN\s*\(/i;
  let out = sql;
  for (let m = pattern.exec(out); m; m = pattern.exec(out)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < out.length && depth > 0; i += 1) {
      if (out[i] === "(") depth += 1;
      else if (out[i] === ")") depth -= 1;
    }
    const list = out.slice(m.index + m[0].length, i - 1);
    out = `${out.slice(0, m.index)}NOT (${m[1]} IN (${list}))${out.slice(i)}`;
  }
  return out;
}

/** Returns [status, body, headers]. */
function execute(collection, req, body) {
  const docs = collection.documents;
  const data = liveDocuments(collection, requestPartitionKey(req));
  const max = parseInt(req.headers["x-ms-max-item-count"], 10);
  const continuation = req.headers["x-ms-continuation"] ? parseJsonOrNull(req.headers["x-ms-continuation"]) : null;
  let result;
  try {
    result = docs._getQuery(rewriteNotIn(body.query)).exec(data, {
      parameters: body.parameters,
      udf: docs._userDefinedFunctions(),
      maxItemCount: max > 0 ? max : undefined,
      continuation,
    });
  } catch (err) {
    return [400, { code: "BadRequest", message: err.message }, {}];
  }
  const headers = { "x-ms-item-count": String(result.result.length) };
  if (result.continuation) headers["x-ms-continuation"] = JSON.stringify(result.continuation);
  return [200, { _rid: collection.read()._rid, Documents: result.result, _count: result.result.length }, headers];
}

module.exports = { plan, execute, rewriteNotIn };
