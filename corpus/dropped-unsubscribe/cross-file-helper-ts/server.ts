// Per request, one caller drops the Subscription `followConfig` returns and one calls the
// helper that drops it itself; the third keeps it and ends it on close. The start-up call
// runs once.
import Fastify from 'fastify';
import { followConfig, onConfig } from './config-feed';

const app = Fastify();

app.get('/config/stream', (request, reply) => {
  reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
  followConfig((config) => reply.raw.write(`data: ${JSON.stringify(config)}\n\n`)); // expect: dropped-unsubscribe
});

app.get('/config/count', (request, reply) => {
  onConfig(() => request.log.info('config changed')); // expect: dropped-unsubscribe
  reply.send({ ok: true });
});

app.get('/config/live', (request, reply) => {
  const subscription = followConfig((config) => reply.raw.write(JSON.stringify(config)));
  request.raw.on('close', () => subscription.unsubscribe());
});

onConfig((config) => console.log('config', Object.keys(config).length));

app.listen({ port: 3000 });
