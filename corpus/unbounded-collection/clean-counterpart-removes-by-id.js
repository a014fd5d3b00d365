// The registry removes by the key it added under: `remove(id)` takes the id, as callers hand
// it, and `drop(session)` reads it from the session. A naive matcher comparing the spelling
// of the keys sees `session.id` added and `id` or `session.id` deleted in other methods.
class SessionRegistry {
  constructor() {
    this.sessions = new Map();
  }

  add(session) {
    this.sessions.set(session.id, session);
  }

  remove(id) {
    this.sessions.delete(id);
  }

  drop(session) {
    this.sessions.delete(session.id);
  }
}

module.exports = new SessionRegistry();
