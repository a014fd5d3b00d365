// Helpers grouped in an object: `waitFor()` resolves on the next flush through `events.on()`,
// which adds a listener to the long-lived writer on every request and never takes it off.
const fastify = require('fastify')();
const { EventEmitter } = require('events');

const writer = new EventEmitter();
const queue = [];

setInterval(() => {
  const batch = queue.splice(0);
  writer.emit('flushed', batch.length);
}, 100).unref();

const events = {
  on(emitter, name, fn) {
    emitter.on(name, fn);
  },
  waitFor(emitter, name) {
    return new Promise((resolve) => events.on(emitter, name, resolve));
  },
};

fastify.post('/ingest', async (request) => {
  queue.push(request.body);
  const flushed = await events.waitFor(writer, 'flushed'); // expect: listener-leak
  return { accepted: true, flushed };
});

fastify.listen({ port: 3000 });
