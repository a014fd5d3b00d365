// The same proxy sessions, in JavaScript: a failed send closes its session before the
// error goes on.
const openSessions = new Set();

class Session {
  constructor(target) {
    this.target = target;
  }

  static begin(target) {
    const session = new Session(target);
    openSessions.add(session);
    return session;
  }

  close() {
    openSessions.delete(this);
  }
}

async function forward(target, body, send) {
  const session = Session.begin(target);
  let reply;
  try {
    reply = await send(target, body);
  } catch (err) {
    session.close();
    throw err;
  }
  session.close();
  return reply;
}

module.exports = { Session, forward, openCount: () => openSessions.size };
