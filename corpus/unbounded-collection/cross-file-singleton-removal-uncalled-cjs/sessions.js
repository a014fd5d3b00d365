// One session table for the process. It can forget a session, but only if someone asks.
class SessionTable {
  constructor() {
    this.open = new Map();
  }

  start(token, user) {
    this.open.set(token, { user, lastSeen: Date.now() });
  }

  touch(token) {
    const session = this.open.get(token);
    if (session) session.lastSeen = Date.now();
  }

  forget(token) {
    this.open.delete(token);
  }
}

module.exports = new SessionTable();
