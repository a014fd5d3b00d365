import { EventEmitter } from 'node:events';
import type { FastifyInstance } from 'fastify';

const ticks = new EventEmitter();

async function follow(symbol: string, send: (price: number) => void, ready: () => Promise<void>): Promise<() => void> {
  const onTick = (name: string, price: number) => {
    if (name === symbol) send(price);
  };
  ticks.on('tick', onTick);
  await ready();
  return () => ticks.off('tick', onTick);
}

export async function priceRoutes(app: FastifyInstance, ready: () => Promise<void>): Promise<void> {
  app.get<{ Params: { symbol: string } }>('/prices/:symbol', async (request, reply) => {
    const stop = await follow(request.params.symbol, (price) => reply.raw.write(`${price}\n`), ready); // expect: listener-leak
    request.raw.on('close', stop);
  });
}
