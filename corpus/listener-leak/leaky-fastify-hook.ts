// A fastify hook runs per request; the module-level emitter collects one listener each time.
import Fastify from 'fastify';
import { EventEmitter } from 'node:events';

const cache = new EventEmitter();
const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  cache.on('invalidate', () => reply.header('x-cache', 'stale')); // expect: listener-leak
});

export default fastify;
