// A small helper waits for the shared client's end; the route calls it on every request, so
// each request leaves a `once('end')` (holding the request) on a client that ends only when
// the server shuts down.
import Fastify from 'fastify';
import Redis from 'ioredis';

const redis = new Redis();
const app = Fastify();

const whenRedisEnds = (fn: () => void) => {
  redis.once('end', fn);
};

app.get('/cart', async (request) => {
  whenRedisEnds(() => request.log.warn('redis ended while serving this request')); // expect: listener-leak
  return { items: JSON.parse((await redis.get(`cart:${request.id}`)) ?? '[]') };
});

app.listen({ port: 3003 });
