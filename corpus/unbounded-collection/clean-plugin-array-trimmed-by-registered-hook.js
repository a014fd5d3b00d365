// A Fastify plugin keeps the last hundred timing samples: the hook it registers runs on every
// request, and trims the array as it adds to it.
export async function timingPlugin(fastify) {
  const samples = [];

  fastify.addHook('onResponse', async (request, reply) => {
    samples.push({ route: request.routeOptions.url, ms: reply.elapsedTime });
    if (samples.length > 100) samples.shift();
  });

  fastify.get('/internal/timings', async () => ({ count: samples.length }));
}
