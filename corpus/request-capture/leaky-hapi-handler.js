// A hapi handler whose request is captured by a module-level emitter's listener.
const Hapi = require('@hapi/hapi');
const { EventEmitter } = require('events');

const shutdown = new EventEmitter();
const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/slow',
  handler: (request, h) => {
    shutdown.on('now', () => request.raw.req.destroy()); // expect: listener-leak
    return h.response('ok');
  },
});
