// A per-client concurrency count: `enter()` counts the request in and hands back the way out.
// The middleware calls it after `await next()`, so a request whose handler throws keeps its count
// (and its key) in the module's limiter for good.
'use strict';
const Koa = require('koa');

class InFlight {
  constructor() {
    this.byClient = new Map();
  }

  enter(client) {
    this.byClient.set(client, (this.byClient.get(client) || 0) + 1);
    return () => {
      const left = this.byClient.get(client) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
  }
}

const inFlight = new InFlight();
const app = new Koa();

app.use(async (ctx, next) => {
  const leave = inFlight.enter(ctx.get('x-client-id') || ctx.ip); // expect: unbounded-collection
  await next();
  leave();
});

app.listen(3090);
