#!/usr/bin/env node
"use strict";
// Test-only Cosmos DB compatible server for aro-rp's contract suite: @vercel/cosmosdb-server (in memory) with the
// gaps the Java SDK and the RP hit patched in memory, without forking it. See README.md for what it adds.
const fs = require("fs");
const http = require("http");
const https = require("https");
const crypto = require("crypto");
const upstream = require("./lib/upstream");
const clock = require("./lib/clock");
const documents = require("./lib/documents");
const triggers = require("./lib/triggers");
const query = require("./lib/query");
const changefeed = require("./lib/changefeed");

clock.install();
documents.installSequenceNumbers();
upstream.builtins.GETCURRENTTIMESTAMP = () => clock.now();
const upstreamJson = upstream.jsonModule.default;
upstream.jsonModule.default = async req => (req.aroBody !== undefined ? req.aroBody : upstreamJson(req));

const COLL = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/(docs|triggers)(?:\/([^/]+))?$/;
const isTrue = v => String(v).toLowerCase() === "true";

function send(res, status, body, headers = {}) {
  res.statusCode = status;
  if (body && body._etag && !headers.etag) res.setHeader("etag", body._etag);
  res.setHeader("content-type", "application/json");
  res.setHeader("x-ms-activity-id", crypto.randomUUID());
  res.setHeader("x-ms-request-charge", "1");
  Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v));
  res.end(body === null ? "" : JSON.stringify(body));
}

async function readBody(req) {
  const raw = (await upstream.rawBody(req)).toString();
  return raw ? JSON.parse(raw) : undefined;
}

/** Answers what the wrapper adds; returns false to hand the request to the upstream server. */
async function extended(account, req, res, path) {
  if (path === "/_test/clock" && req.method === "POST") {
    const body = (await readBody(req)) || {};
    send(res, 200, { nowMillis: clock.advance(Number(body.advanceMillis || 0)) });
    return true;
  }
  const m = COLL.exec(path);
  if (!m) return false;
  const [dbId, collId, kind, id] = m.slice(1).map(s => s && decodeURIComponent(s));
  const collection = account.database(dbId).collection(collId);
  if (!collection.read()) return false; // upstream answers 404 for a missing collection
  documents.purgeExpired(collection);
  if (kind === "triggers") {
    const [status, body] = triggers.handle(collection, req.method, id, await readBody(req));
    send(res, status, body);
    return true;
  }
  if (!id && req.method === "POST" && isTrue(req.headers["x-ms-cosmos-is-query-plan-request"])) {
    const [status, body] = query.plan(((await readBody(req)) || {}).query || "");
    send(res, status, body);
    return true;
  }
  if (!id && req.method === "POST" && (isTrue(req.headers["x-ms-documentdb-isquery"])
      || req.headers["content-type"] === "application/query+json")) {
    const [status, body, headers] = query.execute(collection, req, (await readBody(req)) || {});
    send(res, status, body, headers);
    return true;
  }
  if (!id && req.method === "GET" && req.headers["a-im"]) {
    const [status, body, headers] = changefeed.read(collection, req, dbId, collId);
    send(res, status, body, headers);
    return true;
  }
  if (id && req.method === "GET") {
    const pk = documents.requestPartitionKey(req);
    const doc = documents.liveDocuments(collection, pk).find(d => d.id === id);
    if (!doc) send(res, 404, { code: "NotFound", message: "Entity with the specified id does not exist in the system." });
    else send(res, 200, doc);
    return true;
  }
  if ((req.method === "POST" && !id) || (req.method === "PUT" && id)) {
    return preTriggers(collection, req, res, id);
  }
  return false;
}

/** Runs the named pre-triggers on a create/replace/upsert body, then lets upstream do the write. */
async function preTriggers(collection, req, res, id) {
  const body = await readBody(req);
  req.aroBody = body; // eslint-disable-line no-param-reassign
  if (!req.headers["x-ms-documentdb-pre-trigger-include"] || !body) return false;
  let operation = id ? "Replace" : "Create";
  if (!id && isTrue(req.headers["x-ms-documentdb-is-upsert"])) {
    const pk = collection.documents._getPartition(body);
    operation = collection.document(body.id, pk).read() ? "Replace" : "Create";
  }
  const [status, result] = triggers.applyPreTriggers(collection, req, operation, body);
  if (status) {
    send(res, status, result);
    return true;
  }
  req.aroBody = result; // eslint-disable-line no-param-reassign
  return false;
}

/**
 * The name-based path of the resource's parent (dbs/db for a collection, dbs/db/colls/c for a document): the SDK
 * derives a resource's link from it, and the change feed refuses to start without the collection's link.
 */
function ownerPath(path) {
  const segments = path.split("/").filter(Boolean);
  const parent = segments.slice(0, segments.length - (segments.length % 2 === 0 ? 2 : 1));
  return parent.map(encodeURIComponent).join("/");
}

function handler(account) {
  return (req, res) => {
    (async () => {
      let path = new URL(req.url, "http://localhost").pathname.replace(/^\/\//, "/");
      while (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
      const owner = ownerPath(path);
      if (owner) res.setHeader("x-ms-alt-content-path", owner);
      if (await extended(account, req, res, path)) return;
      const route = upstream.routes(req);
      if (!route) {
        send(res, 400, { message: "no route" });
        return;
      }
      const [params, upstreamHandler] = route;
      let body = await upstreamHandler(account, req, res, params);
      if (res.statusCode > 399 && (!body || !body.message)) body = { ...(body || {}), message: "" };
      send(res, res.statusCode, body === undefined ? {} : body);
    })().catch(err => {
      console.error(err); // eslint-disable-line no-console
      if (!res.headersSent) send(res, 500, { code: "InternalServerError", message: err.message });
      else res.end();
    });
  };
}

function main(argv) {
  const args = { host: "127.0.0.1", port: 0, tls: false };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--host") args.host = argv[++i];
    else if (argv[i] === "--port") args.port = parseInt(argv[++i], 10);
    else if (argv[i] === "--tls") args.tls = true;
  }
  let account;
  const listener = (req, res) => handler(account)(req, res);
  const server = args.tls
    ? https.createServer({ cert: fs.readFileSync(upstream.certFile), key: fs.readFileSync(upstream.keyFile) }, listener)
    : http.createServer({ keepAlive: true }, listener);
  server.keepAliveTimeout = 60000;
  server.listen(args.port, args.host, () => {
    const { port } = server.address();
    account = new upstream.Account(args.host, port);
    const endpoint = `${args.tls ? "https" : "http"}://${args.host}:${port}/`;
    const data = account.read();
    data.writableLocations[0].databaseAccountEndpoint = endpoint;
    data.readableLocations[0].databaseAccountEndpoint = endpoint;
    // One line the test fixture waits for: it learns the port from it.
    console.log(JSON.stringify({ listening: endpoint, port })); // eslint-disable-line no-console
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.stdin.on("end", stop); // the parent JVM died: do not outlive it
  process.stdin.resume();
}

main(process.argv.slice(2));
