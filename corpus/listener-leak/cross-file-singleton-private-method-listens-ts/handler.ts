import type { FastifyInstance } from 'fastify';
import { flagClient } from './flags';

export default async function flagRoutes(app: FastifyInstance): Promise<void> {
  app.get('/flags/stream', async (request, reply) => {
    reply.raw.writeHead(200, { 'Content-Type': 'text/event-stream' });
    const flags = flagClient.snapshot((next) => reply.raw.write(`data: ${JSON.stringify(next)}\n\n`)); // expect: listener-leak
    reply.raw.write(`data: ${JSON.stringify(flags)}\n\n`);
    request.log.info('flag stream opened');
  });
}
