// Session expiry timers, keyed by session id; a session that expires on its own keeps its
// timer handle in the map, since only logout removes it.
const { randomUUID } = require('crypto');

const expiries = new Map(); // expect: unbounded-collection

function openSession(store, user, ttlMs) {
  const sid = randomUUID();
  store.put(sid, { user, at: Date.now() });
  expiries.set(sid, setTimeout(() => store.drop(sid), ttlMs));
  return sid;
}

function logout(store, sid) {
  clearTimeout(expiries.get(sid));
  expiries.delete(sid);
  store.drop(sid);
}

function attach(app, store) {
  app.post('/login', (req, res) => res.json({ sid: openSession(store, req.body.user, 30 * 60_000) }));
  app.post('/logout', (req, res) => {
    logout(store, req.body.sid);
    res.sendStatus(204);
  });
}

module.exports = { attach };
