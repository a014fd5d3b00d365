// Fastify long polling keyed by a fresh id: the publish route answers and deletes every parked
// reply, but a client that disconnects before the next publish stays parked.
import Fastify, { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';

const app = Fastify();
const parked = new Map<string, FastifyReply>(); // expect: unbounded-collection

app.get('/updates', async (request, reply) => {
  parked.set(randomUUID(), reply);
  return reply;
});

app.post('/publish', async (request) => {
  for (const [id, waiting] of parked.entries()) {
    waiting.send(request.body);
    parked.delete(id);
  }
  return { delivered: true };
});

app.listen({ port: 8011 });
