// A WeakMap does not keep its keys, and a Map whose entries are deleted on response does not grow.
import Fastify, { FastifyRequest } from 'fastify';

const fastify = Fastify();
const startedAt = new WeakMap<FastifyRequest, number>();
const inflight = new Map<string, FastifyRequest>();

fastify.addHook('onRequest', async (request) => {
  startedAt.set(request, Date.now());
  inflight.set(request.id, request);
});

fastify.addHook('onResponse', async (request) => {
  inflight.delete(request.id);
});

export default fastify;
