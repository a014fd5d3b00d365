// The web stream is destroyed when the raw response closes, however the client leaves.
import { Readable } from 'node:stream';
import Fastify from 'fastify';

const app = Fastify();
app.post('/complete', async (request, reply) => {
  const upstream = await fetch('http://llm.internal/v1/complete', { method: 'POST', body: JSON.stringify(request.body) });
  reply.hijack();
  const tokens = Readable.fromWeb(upstream.body);
  reply.raw.on('close', () => tokens.destroy());
  tokens.pipe(reply.raw);
});
