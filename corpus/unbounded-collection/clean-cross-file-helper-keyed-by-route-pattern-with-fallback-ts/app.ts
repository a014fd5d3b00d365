// The key is the route the router matched (one per registered route), or one fixed word for
// requests that matched none: the map holds a bounded set of entries.
import Fastify from 'fastify';
import { noteLatency, latencyReport } from './latency';

export const app = Fastify();

app.addHook('onResponse', async (request, reply) => {
  noteLatency(`${request.method} ${request.routeOptions.url ?? 'unmatched'}`, reply.elapsedTime);
});

app.get('/latency', async () => latencyReport());
