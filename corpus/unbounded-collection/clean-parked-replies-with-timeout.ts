// The same parking, with a timeout that answers and removes a reply nobody published to; a
// publish clears the timer of each reply it answers.
import Fastify, { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';

type Parked = { reply: FastifyReply; timer: NodeJS.Timeout };

const app = Fastify();
const parked = new Map<string, Parked>();

app.get('/updates', async (request, reply) => {
  const id = randomUUID();
  const timer = setTimeout(() => {
    parked.delete(id);
    reply.code(204).send();
  }, 25_000);
  parked.set(id, { reply, timer });
  return reply;
});

app.post('/publish', async (request) => {
  for (const [id, waiting] of parked.entries()) {
    clearTimeout(waiting.timer);
    waiting.reply.send(request.body);
    parked.delete(id);
  }
  return { delivered: true };
});

app.listen({ port: 8011 });
