// Fastify routes: each long poll hands its reply to the module's hub.
const { hub } = require('./hub');

async function routes(fastify) {

  fastify.get('/channels/:name/poll', (request, reply) => {
    hub.wait(request.params.name, reply);
  });

  fastify.post('/channels/:name', async (request) => {
    hub.publish(request.params.name, request.body);
    return { ok: true };
  });
}

module.exports = routes;
