// The process's audit feed: every audit event goes through this one stream.
const { PassThrough } = require("stream");

const auditFeed = new PassThrough({ objectMode: true });

function audit(event) {
  auditFeed.write({ at: Date.now(), ...event });
}

module.exports = { audit, auditFeed };
