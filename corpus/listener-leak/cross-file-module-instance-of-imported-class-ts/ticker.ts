// The same ticker in TypeScript.
import { EventEmitter } from 'node:events';

export class PriceTicker extends EventEmitter {
  watch(symbol: string, fn: (price: number) => void): void {
    this.on(`price:${symbol}`, fn);
  }
}
