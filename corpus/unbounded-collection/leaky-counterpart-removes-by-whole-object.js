// A session registry keys sessions by their id when it adds them, but `remove(session)`
// deletes by the session object itself, a key no entry has: nothing is ever removed, and
// every session stays in the module's registry.
class SessionRegistry {
  constructor() {
    this.sessions = new Map(); // expect: unbounded-collection
  }

  add(session) {
    this.sessions.set(session.id, session);
  }

  remove(session) {
    this.sessions.delete(session);
  }
}

module.exports = new SessionRegistry();
