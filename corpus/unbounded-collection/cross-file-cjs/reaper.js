const store = require('./sessions');

setInterval(() => {
  for (const [id, at] of store.sessions) {
    if (Date.now() - at > 60_000) store.sessions.delete(id);
  }
}, 30_000).unref();
