// The process's trade feed, and a helper that pipes every trade to a sender for good.
import { EventEmitter, on } from 'node:events';

export const trades = new EventEmitter();

export async function pipeTrades(send: (message: string) => void): Promise<void> {
  for await (const [trade] of on(trades, 'trade')) {
    send(JSON.stringify(trade));
  }
}
