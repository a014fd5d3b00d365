// Fastify: every search schedules a fallback answer on `reply` and drops the handle, so a
// search that answers in ten milliseconds still leaves its timer, and the request and reply
// it closes over, pending for a minute.
import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { searchIndex } from './search-index';

const app = Fastify();

app.get('/search', async (request: FastifyRequest<{ Querystring: { q: string } }>, reply: FastifyReply) => {
  setTimeout(() => { // expect: uncleared-timeout
    if (!reply.sent) reply.code(504).send({ partial: true, q: request.query.q });
  }, 60_000);
  const hits = await searchIndex.query(request.query.q);
  return reply.send(hits);
});

app.listen({ port: 3000 });
