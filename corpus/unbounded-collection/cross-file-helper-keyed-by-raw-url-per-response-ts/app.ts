// The key is the URL the client sent, query string and all: every distinct URL adds an entry
// that nothing removes.
import Fastify from 'fastify';
import { noteLatency, latencyReport } from './latency';

export const app = Fastify();

app.addHook('onResponse', async (request, reply) => {
  noteLatency(request.url, reply.elapsedTime); // expect: unbounded-collection
});

app.get('/latency', async () => latencyReport());
