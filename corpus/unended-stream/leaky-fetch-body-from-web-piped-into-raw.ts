// The completion stream of a fetch, turned into a Node stream and piped into the raw response:
// nothing cancels it when the client disconnects.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import Fastify from 'fastify';

const app = Fastify();
app.post('/complete', async (request, reply) => {
  const upstream = await fetch('http://llm.internal/v1/complete', { method: 'POST', body: JSON.stringify(request.body) });
  reply.hijack();
  const tokens = Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>);
  tokens.pipe(reply.raw); // expect: unended-stream
});
