// The emitter listens to itself: `this.on` and an overridden `on` that calls `super.on`.
import { EventEmitter } from 'node:events';

export class Queue extends EventEmitter {
  private pending = 0;

  constructor() {
    super();
    this.on('added', () => this.pending++);
  }

  watch(): void {
    const self = this;
    self.on('done', () => self.pending--);
  }

  override on(event: string | symbol, listener: (...args: any[]) => void): this {
    super.on(event, listener);
    return this;
  }
}
