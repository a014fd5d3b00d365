// The same table of requests in flight, with each entry taken out on the response's 'close',
// which comes whether it finished or the client went away.
const crypto = require('crypto');

function inflightTable(server) {
  if (!server.inflight) server.inflight = new Map();
  return server.inflight;
}

function trackInflight(req, res, next) {
  const inflight = inflightTable(req.socket.server);
  const id = req.get('x-request-id') || crypto.randomUUID();
  inflight.set(id, { method: req.method, url: req.originalUrl, startedAt: Date.now(), req });
  res.on('close', () => inflight.delete(id));
  next();
}

module.exports = { trackInflight };
