// The same helpers with `once`: the flush fires every 100 ms, so each waiting request's
// listener runs and is removed within a tick.
const fastify = require('fastify')();
const { EventEmitter } = require('events');

const writer = new EventEmitter();
const queue = [];

setInterval(() => {
  const batch = queue.splice(0);
  writer.emit('flushed', batch.length);
}, 100).unref();

const events = {
  once(emitter, name, fn) {
    emitter.once(name, fn);
  },
  waitFor(emitter, name) {
    return new Promise((resolve) => events.once(emitter, name, resolve));
  },
};

fastify.post('/ingest', async (request) => {
  queue.push(request.body);
  const flushed = await events.waitFor(writer, 'flushed');
  return { accepted: true, flushed };
});

fastify.listen({ port: 3000 });
