"use strict";
// The pieces of @vercel/cosmosdb-server (and its query engine) this wrapper reuses or patches in memory.
const path = require("path");

const root = path.dirname(require.resolve("@vercel/cosmosdb-server/package.json"));
const fromUpstream = (name) => require(require.resolve(name, { paths: [root] }));

module.exports = {
  Account: require("@vercel/cosmosdb-server/lib/account").default,
  Items: require("@vercel/cosmosdb-server/lib/account/items").default,
  routes: require("@vercel/cosmosdb-server/lib/routes").default,
  jsonModule: require("@vercel/cosmosdb-server/lib/json"),
  getValue: require("@vercel/cosmosdb-server/lib/utils/get-value").default,
  parsePartitionKey: require("@vercel/cosmosdb-server/lib/utils/get-partition-from-header").parsePartitionKey,
  builtins: fromUpstream("@zeit/cosmosdb-query/lib/builtin-functions"),
  rawBody: fromUpstream("raw-body"),
  certFile: path.join(root, "cert.pem"),
  keyFile: path.join(root, "key.pem"),
};
