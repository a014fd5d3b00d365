// Session expiry timers, keyed by session id; the entry goes when the session expires or
// when the user logs out.
const { randomUUID } = require('crypto');

const expiries = new Map();

function openSession(store, user, ttlMs) {
  const sid = randomUUID();
  store.put(sid, { user, at: Date.now() });
  expiries.set(sid, setTimeout(() => {
    expiries.delete(sid);
    store.drop(sid);
  }, ttlMs));
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
