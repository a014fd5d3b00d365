// The same replay, taking its 'close' listener off at the end of every pass, before it decides
// whether to retry.
import { EventEmitter } from 'node:events';

interface Store { createStream(): NodeJS.ReadableStream & { destroy(): void } }

export class ReplayingClient extends EventEmitter {
  constructor(private readonly store: Store, private readonly pending: Set<number>) {
    super();
  }

  replay(): void {
    const run = () => {
      const stream = this.store.createStream();
      const stop = () => stream.destroy();
      this.once('close', stop);
      stream.on('end', () => {
        this.removeListener('close', stop);
        if (this.pending.size === 0) {
          this.emit('replayed');
        } else {
          run();
        }
      });
    };
    run();
  }
}
