// The emitter listens to itself: `this.on` in the constructor (once per life), through an
// alias of `this` in a method that hands back the removal, and an overridden `on` that calls
// `super.on`.
import { EventEmitter } from 'node:events';

export class Queue extends EventEmitter {
  private pending = 0;

  constructor() {
    super();
    this.on('added', () => this.pending++);
  }

  watch(): () => void {
    const self = this;
    const onDone = () => self.pending--;
    self.on('done', onDone);
    return () => self.off('done', onDone);
  }

  override on(event: string | symbol, listener: (...args: any[]) => void): this {
    super.on(event, listener);
    return this;
  }
}
