// An admin page lists the requests in flight. The table hangs on the HTTP server behind the
// request, which lives as long as the process; an entry goes when the response finishes, and
// a client that goes away first never lets it finish.
const crypto = require('crypto');

function inflightTable(server) {
  if (!server.inflight) server.inflight = new Map();
  return server.inflight;
}

function trackInflight(req, res, next) {
  const inflight = inflightTable(req.socket.server); // expect: unbounded-collection
  const id = req.get('x-request-id') || crypto.randomUUID();
  inflight.set(id, { method: req.method, url: req.originalUrl, startedAt: Date.now(), req });
  res.on('finish', () => inflight.delete(id));
  next();
}

function listInflight(req, res) {
  const inflight = req.socket.server.inflight || new Map();
  res.json([...inflight.values()].map(({ method, url, startedAt }) => ({ method, url, ms: Date.now() - startedAt })));
}

module.exports = { trackInflight, listInflight };
