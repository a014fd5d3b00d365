// The slow-request report keeps every request in flight; `untrack` runs only when the rest of
// the chain returns, so a request whose handler throws stays in the table with its whole ctx.
const Koa = require('koa');
const { randomUUID } = require('node:crypto');

const app = new Koa();
const running = new Map(); // expect: unbounded-collection

function track(id, ctx) {
  running.set(id, { ctx, path: ctx.path, since: Date.now() });
}

function untrack(id) {
  running.delete(id);
}

app.use(async (ctx, next) => {
  const id = randomUUID();
  track(id, ctx);
  await next();
  untrack(id);
});

app.use(async (ctx) => {
  if (ctx.path === '/debug/slow') ctx.body = [...running.values()].map((r) => ({ path: r.path, ms: Date.now() - r.since }));
});

module.exports = app;
