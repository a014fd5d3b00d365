// The same helper, called once at start-up (at the top, and in fastify's `onReady` hook, which
// runs once): one listener each for the life of the client.
const Fastify = require('fastify');
const Redis = require('ioredis');

const redis = new Redis();
const app = Fastify();

const whenRedisEnds = (fn) => {
  redis.once('end', fn);
};

whenRedisEnds(() => app.log.warn('redis connection ended'));

app.addHook('onReady', async () => {
  whenRedisEnds(() => app.log.info('redis gone after start-up'));
});

app.get('/cart', async (request) => ({ items: JSON.parse((await redis.get(`cart:${request.id}`)) ?? '[]') }));
app.listen({ port: 3003 });
