// The same plugin, with a counter that forgets the oldest client once it holds a thousand.
'use strict';
const fp = require('fastify-plugin');

class VisitCounter {
  constructor(max = 1000) {
    this.max = max;
    this.byClient = new Map();
  }

  hit(client) {
    const seen = this.byClient.get(client) || 0;
    this.byClient.delete(client);
    this.byClient.set(client, seen + 1);
    if (this.byClient.size > this.max) this.byClient.delete(this.byClient.keys().next().value);
    return seen + 1;
  }
}

async function visits(fastify) {
  const counter = new VisitCounter();
  fastify.decorate('visits', counter);
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-visit', String(counter.hit(request.ip)));
  });
}

module.exports = fp(visits);
