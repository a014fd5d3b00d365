// The same slow-request report, with `untrack` in a finally: every request leaves the table,
// whether the chain returns or throws.
const Koa = require('koa');
const { randomUUID } = require('node:crypto');

const app = new Koa();
const running = new Map();

function track(id, ctx) {
  running.set(id, { ctx, path: ctx.path, since: Date.now() });
}

function untrack(id) {
  running.delete(id);
}

app.use(async (ctx, next) => {
  const id = randomUUID();
  track(id, ctx);
  try {
    await next();
  } finally {
    untrack(id);
  }
});

app.use(async (ctx) => {
  if (ctx.path === '/debug/slow') ctx.body = [...running.values()].map((r) => ({ path: r.path, ms: Date.now() - r.since }));
});

module.exports = app;
