// A Set decorated onto the app keeps every request that asked for a live feed; the requests
// are never taken out again, so each one stays with its socket and headers.
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    feedClients: Set<FastifyRequest>;
  }
}

export async function liveFeed(app: FastifyInstance): Promise<void> {
  app.decorate('feedClients', new Set<FastifyRequest>());
  app.get('/feed', async (request, reply) => {
    app.feedClients.add(request); // expect: request-capture
    reply.raw.write('event: hello\n\n');
  });
}
