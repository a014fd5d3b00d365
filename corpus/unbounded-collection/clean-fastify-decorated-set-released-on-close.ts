// The same Set, left by each request when its connection closes.
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    feedClients: Set<FastifyRequest>;
  }
}

export async function liveFeed(app: FastifyInstance): Promise<void> {
  app.decorate('feedClients', new Set<FastifyRequest>());
  app.get('/feed', async (request, reply) => {
    app.feedClients.add(request);
    request.raw.on('close', () => app.feedClients.delete(request));
    reply.raw.write('event: hello\n\n');
  });
}
