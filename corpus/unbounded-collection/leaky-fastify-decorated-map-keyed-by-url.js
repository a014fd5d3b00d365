// A Map decorated onto the fastify instance lives as long as the server. Keyed by the raw URL,
// query string and ids included, it gains an entry for nearly every request.
const fp = require('fastify-plugin');

function hitKey(request) {
  return `${request.method} ${request.url}`;
}

async function hitCounter(fastify) {
  fastify.decorate('hits', new Map()); // expect: unbounded-collection
  fastify.addHook('onResponse', async (request) => {
    const key = hitKey(request);
    fastify.hits.set(key, (fastify.hits.get(key) || 0) + 1);
  });
  fastify.get('/internal/hits', async () => Object.fromEntries(fastify.hits));
}

module.exports = fp(hitCounter);
