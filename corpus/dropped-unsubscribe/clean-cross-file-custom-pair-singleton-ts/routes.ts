import type { FastifyInstance } from 'fastify';
import { presence } from './presence';

export async function routes(app: FastifyInstance): Promise<void> {
  app.get('/presence/:room', async (request, reply) => {
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
    const stop = presence.follow((userId, online) => {
      reply.raw.write(`data: ${JSON.stringify({ userId, online })}\n\n`);
    });
    request.raw.on('close', stop);
  });
}
