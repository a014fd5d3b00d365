// Response timings kept per URL, created on first sight with `??=`: the query string is part
// of the key, so every distinct search adds an entry for the life of the process.
import Fastify from 'fastify';

const app = Fastify();
const timings = {}; // expect: unbounded-collection

function bump(key, ms) {
  const entry = (timings[key] ??= { count: 0, totalMs: 0 });
  entry.count += 1;
  entry.totalMs += ms;
}

app.addHook('onResponse', async (request, reply) => {
  bump(request.url, reply.elapsedTime);
});

app.get('/metrics', async () => Object.entries(timings).map(([url, e]) => ({ url, avgMs: e.totalMs / e.count })));

await app.listen({ port: 3000 });
