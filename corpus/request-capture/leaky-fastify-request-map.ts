// Requests parked in a module Map by a hook, and never taken out.
import Fastify, { FastifyRequest } from 'fastify';

const fastify = Fastify();
const inflight = new Map<string, FastifyRequest>(); // expect: unbounded-collection

fastify.addHook('onRequest', async (request) => {
  inflight.set(request.id, request); // expect: request-capture
});

export default fastify;
