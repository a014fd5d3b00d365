import type { FastifyInstance } from 'fastify';
import { poolFor } from './pools';

export async function routes(app: FastifyInstance): Promise<void> {
  app.get('/orders/:id', async (request) => {
    const pool = poolFor('orders', (origin) => request.log.warn({ origin }, 'dropped')); // expect: listener-leak
    const { body } = await pool.request({ method: 'GET', path: `/orders/${(request.params as { id: string }).id}` });
    return body.json();
  });
}
