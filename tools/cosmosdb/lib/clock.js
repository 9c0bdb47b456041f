"use strict";
// The server's clock: real time plus an offset tests can move forward (POST /_test/clock), so lease expiry and TTL
// are tested without waiting. Date.now is replaced because the upstream server and query engine read it.
const realNow = Date.now.bind(Date);
let offsetMillis = 0;

function now() {
  return realNow() + offsetMillis;
}

function install() {
  Date.now = now;
}

function advance(millis) {
  if (!Number.isFinite(millis) || millis < 0) {
    throw new Error("the clock only moves forward by a finite number of milliseconds");
  }
  offsetMillis += millis;
  return now();
}

module.exports = { now, install, advance };
