// A module-level diagnostics object remembers the last request it saw through a method of its
// own: the whole Koa context (request, response, body) stays reachable after the request ends.
const Koa = require('koa');

class Diagnostics {
  constructor() {
    this.count = 0;
    this.latest = null;
  }

  observe(ctx) {
    this.count += 1;
    this.latest = ctx;
  }

  report() {
    return { count: this.count, path: this.latest && this.latest.path };
  }
}

const diagnostics = new Diagnostics();
const app = new Koa();

app.use(async (ctx, next) => {
  diagnostics.observe(ctx); // expect: request-capture
  await next();
});

module.exports = { app, diagnostics };
