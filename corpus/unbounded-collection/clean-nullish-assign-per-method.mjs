// The same timings kept per HTTP method: a handful of keys however many requests come, and a
// per-status table written with `||=` is bounded the same way.
import Fastify from 'fastify';

const app = Fastify();
const timings = {};
const byStatus = {};

function bump(key, ms) {
  const entry = (timings[key] ??= { count: 0, totalMs: 0 });
  entry.count += 1;
  entry.totalMs += ms;
}

app.addHook('onResponse', async (request, reply) => {
  bump(request.method, reply.elapsedTime);
  byStatus[reply.statusCode] ||= 0;
  byStatus[reply.statusCode] += 1;
});

app.get('/metrics', async () => ({ methods: Object.keys(timings), statuses: Object.keys(byStatus) }));

await app.listen({ port: 3000 });
