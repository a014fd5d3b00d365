// Requests parked in a module Map by a hook, and never taken out.
import Fastify, { FastifyRequest } from 'fastify';

const fastify = Fastify();
const inflight = new Map<string, FastifyRequest>();

fastify.addHook('onRequest', async (request) => {
  inflight.set(request.id, request); // the captured request is part of the container's finding (one cause) // expect: request-capture
});

export default fastify;
