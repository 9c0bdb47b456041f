"use strict";
// Pre-triggers: stored per collection and run in node:vm on create, replace and upsert bodies, with the server's
// clock behind `new Date()`, as Cosmos runs them before the write.
const vm = require("vm");
const crypto = require("crypto");
const clock = require("./clock");

const DATE_SHIM = `
  Date = (function (RealDate, now) {
    function ServerDate(...args) {
      if (!new.target) return new RealDate(now()).toString();
      return args.length ? new RealDate(...args) : new RealDate(now());
    }
    ServerDate.now = () => now();
    ServerDate.UTC = RealDate.UTC;
    ServerDate.parse = RealDate.parse;
    ServerDate.prototype = RealDate.prototype;
    return ServerDate;
  })(Date, __serverNow);
`;

function triggersOf(collection) {
  if (!collection.aroTriggers) collection.aroTriggers = new Map(); // eslint-disable-line no-param-reassign
  return collection.aroTriggers;
}

function resource(collection, body, previous) {
  const rid = previous ? previous._rid : crypto.randomBytes(8).toString("base64");
  return {
    ...body,
    _rid: rid,
    _self: `${collection.read()._self}triggers/${rid}/`,
    _etag: `"${crypto.randomUUID()}"`,
    _ts: Math.floor(clock.now() / 1000),
  };
}

/** Handles /dbs/:db/colls/:coll/triggers[/:id]; returns [status, body]. */
function handle(collection, method, triggerId, body) {
  const triggers = triggersOf(collection);
  if (method === "POST" && !triggerId) {
    if (!body || !body.id) return [400, { code: "BadRequest", message: "missing id" }];
    if (triggers.has(body.id)) return [409, { code: "Conflict", message: "Resource with specified id already exists." }];
    triggers.set(body.id, resource(collection, body));
    return [201, triggers.get(body.id)];
  }
  if (method === "GET" && !triggerId) {
    const list = [...triggers.values()];
    return [200, { _rid: collection.read()._rid, Triggers: list, _count: list.length }];
  }
  const existing = triggers.get(triggerId);
  if (!existing) return [404, { code: "NotFound", message: "Entity with the specified id does not exist in the system." }];
  if (method === "GET") return [200, existing];
  if (method === "PUT") {
    triggers.set(triggerId, resource(collection, { ...body, id: triggerId }, existing));
    return [200, triggers.get(triggerId)];
  }
  if (method === "DELETE") {
    triggers.delete(triggerId);
    return [204, {}];
  }
  return [405, { code: "MethodNotAllowed", message: method }];
}

function run(source, body) {
  let current = body;
  const request = { getBody: () => current, setBody: b => { current = b; } };
  const context = vm.createContext({ getContext: () => ({ getRequest: () => request }), __serverNow: clock.now });
  vm.runInContext(DATE_SHIM, context);
  const name = (/function\s+([A-Za-z_$][\w$]*)\s*\(/.exec(source) || [])[1];
  if (!name) throw new Error("the trigger body defines no function");
  vm.runInContext(`${source}\n;${name}();`, context, { timeout: 1000 });
  return current;
}

/**
 * Applies the pre-triggers a request names to its body. operation is "Create" or "Replace".
 * Returns [status, error] on refusal, or [0, newBody].
 */
function applyPreTriggers(collection, req, operation, body) {
  const header = req.headers["x-ms-documentdb-pre-trigger-include"];
  if (!header) return [0, body];
  let current = body;
  for (const name of String(header).split(",").map(s => s.trim()).filter(Boolean)) {
    const trigger = triggersOf(collection).get(name);
    if (!trigger) return [400, { code: "BadRequest", message: `trigger ${name} does not exist` }];
    if (String(trigger.triggerType).toLowerCase() !== "pre") continue;
    const op = String(trigger.triggerOperation || "All");
    if (op !== "All" && op.toLowerCase() !== operation.toLowerCase()) {
      return [400, { code: "BadRequest", message: `trigger ${name} is for ${op} operations, not ${operation}` }];
    }
    try {
      current = run(trigger.body, current);
    } catch (err) {
      return [400, { code: "BadRequest", message: `trigger ${name} failed: ${err.message}` }];
    }
  }
  return [0, current];
}

module.exports = { handle, applyPreTriggers };
