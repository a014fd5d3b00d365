// The panel removes its handler from the wrong emitter: the constructor listens on the
// injected `feed`, `dispose()` detaches from `this.backup`, so each disposed panel stays
// on the long-lived feed.
import { EventEmitter } from 'node:events';

export class TickerPanel {
  private last = 0;

  constructor(private readonly feed: EventEmitter, private readonly backup: EventEmitter) {
    feed.on('tick', this.onTick); // expect: listener-leak
  }

  private onTick = (price: number) => {
    this.last = price;
  };

  dispose(): void {
    this.backup.off('tick', this.onTick);
  }
}
