// A TypeScript parameter property is the field: the listener added to `feed` in the
// constructor is the one `dispose()` removes from `this.feed`.
import { EventEmitter } from 'node:events';

export class TickerPanel {
  private last = 0;

  constructor(private readonly feed: EventEmitter) {
    feed.on('tick', this.onTick);
  }

  private onTick = (price: number) => {
    this.last = price;
  };

  dispose(): void {
    this.feed.off('tick', this.onTick);
  }
}
