// A quote source: each instance answers the requests of one caller.
import { EventEmitter } from 'node:events';

export class QuoteSource extends EventEmitter {
  watch(fn: (price: number) => void): void {
    this.on('price', fn);
  }

  unwatch(fn: (price: number) => void): void {
    this.off('price', fn);
  }
}
