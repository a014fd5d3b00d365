// A Fastify plugin keeps every request's timing sample in an array of its own; the hook it
// registers runs on every request for as long as the server does, and nothing trims the array.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export async function timingPlugin(fastify: FastifyInstance): Promise<void> {
  const samples: { request: FastifyRequest; at: bigint }[] = [];

  fastify.addHook('onRequest', async (request) => {
    samples.push({ request, at: process.hrtime.bigint() }); // expect: request-capture
  });

  fastify.get('/internal/timings', async () => ({ count: samples.length }));
}
