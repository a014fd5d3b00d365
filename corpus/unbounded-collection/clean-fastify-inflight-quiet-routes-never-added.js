// The same table, where the quiet routes are skipped when the entry would be added too: they
// never have one, so the early return in `onResponse` leaves nothing behind.
async function inflightPlugin(app) {
  const quiet = new Set(['/healthz', '/readyz']);
  const inflight = new Map();

  app.get('/debug/inflight', async () => [...inflight.values()]);

  app.addHook('onRequest', async (request) => {
    if (quiet.has(request.url)) {
      return;
    }
    inflight.set(request.id, { method: request.method, url: request.url, startedAt: Date.now() });
  });

  app.addHook('onResponse', async (request, reply) => {
    if (quiet.has(request.url)) {
      return;
    }
    inflight.delete(request.id);
    request.log.info({ status: reply.statusCode }, 'done');
  });
}

module.exports = { inflightPlugin };
