// The same diagnostics object, but its method copies the two fields it reports: nothing of the
// request itself is kept once the request ends.
const Koa = require('koa');

class Diagnostics {
  constructor() {
    this.count = 0;
    this.latest = null;
  }

  observe(ctx) {
    this.count += 1;
    this.latest = { path: ctx.path, status: ctx.status };
  }
}

const diagnostics = new Diagnostics();
const app = new Koa();

app.use(async (ctx, next) => {
  diagnostics.observe(ctx);
  await next();
});

module.exports = { app, diagnostics };
