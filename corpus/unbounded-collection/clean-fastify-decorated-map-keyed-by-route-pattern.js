// The same counter keyed by the route the router matched (`/users/:id`): one entry per
// registered route, however many distinct URLs clients send.
const fp = require('fastify-plugin');

function hitKey(request) {
  return `${request.method} ${request.routeOptions.url ?? '<unmatched>'}`;
}

async function hitCounter(fastify) {
  fastify.decorate('hits', new Map());
  fastify.addHook('onResponse', async (request) => {
    const key = hitKey(request);
    fastify.hits.set(key, (fastify.hits.get(key) || 0) + 1);
  });
  fastify.get('/internal/hits', async () => Object.fromEntries(fastify.hits));
}

module.exports = fp(hitCounter);
