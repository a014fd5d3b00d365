// A diagnostics endpoint: every call leaves one more observer registered for good.
import Fastify from 'fastify';
import { measureFor } from './sampler';

const app = Fastify();

app.get('/diagnostics/http', async () => {
  const durations = await measureFor('http', 10_000); // expect: undisconnected-observer
  return { requests: durations.length };
});

app.listen({ port: 3001 });
