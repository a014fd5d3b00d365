import Fastify from 'fastify';
import { withinMs } from './budget';
import { priceFor } from './pricing';

const app = Fastify();

app.get('/quotes/:sku', async (request) => {
  const { sku } = request.params as { sku: string };
  return withinMs(priceFor(sku), 45_000); // expect: uncleared-timeout
});

app.listen({ port: 8080 });
