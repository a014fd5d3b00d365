// A fastify plugin makes one counter for the app and hands it to a hook the app keeps. The
// counter's Map gains an entry for every client address it ever sees, and nothing evicts one.
'use strict';
const fp = require('fastify-plugin');

class VisitCounter {
  constructor() {
    this.byClient = new Map(); // expect: unbounded-collection
  }

  hit(client) {
    const seen = this.byClient.get(client) || 0;
    this.byClient.set(client, seen + 1);
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
