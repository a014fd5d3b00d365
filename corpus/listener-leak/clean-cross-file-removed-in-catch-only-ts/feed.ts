import { EventEmitter } from 'node:events';

// Price ticks for every symbol, from one upstream connection.
export const ticks = new EventEmitter();

export async function watchSymbol(symbol: string, onTick: (price: number) => void, ready: () => Promise<void>): Promise<() => void> {
  const listener = (s: string, price: number) => {
    if (s === symbol) onTick(price);
  };
  ticks.on('tick', listener);
  try {
    await ready();
  } catch (err) {
    ticks.off('tick', listener);
    throw err;
  }
  return () => ticks.off('tick', listener);
}
