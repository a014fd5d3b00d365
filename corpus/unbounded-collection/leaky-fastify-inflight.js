// Request ids recorded in a hook and never removed once the response is sent.
const fastify = require('fastify')();

const inflight = []; // expect: unbounded-collection

fastify.addHook('onRequest', async (request) => {
  inflight.push(request.id);
});

fastify.get('/', async () => ({ inflight: inflight.length }));

fastify.listen({ port: 3001 });
