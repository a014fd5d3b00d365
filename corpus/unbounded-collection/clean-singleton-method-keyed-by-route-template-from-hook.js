'use strict';

const fastify = require('fastify');

class LatencyBook {
  constructor() {
    this.byRoute = new Map();
  }

  record(route, ms) {
    const entry = this.byRoute.get(route) || { count: 0, totalMs: 0 };
    entry.count += 1;
    entry.totalMs += ms;
    this.byRoute.set(route, entry);
  }

  summary() {
    return Object.fromEntries([...this.byRoute].map(([route, e]) => [route, e.totalMs / e.count]));
  }
}

const book = new LatencyBook();
const app = fastify();

app.addHook('onResponse', async (request, reply) => {
  book.record(`${request.method} ${request.routeOptions.url || 'unmatched'}`, reply.elapsedTime);
});

app.get('/latency', async () => book.summary());

module.exports = app;
