// A client replays its stored packets after each reconnect. The replay takes its 'close'
// listener off only when every packet went through; when some did not, it retries, and the
// retry registers a fresh listener beside the old one, each holding its own store stream.
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
      this.once('close', stop); // expect: listener-leak
      stream.on('end', () => {
        if (this.pending.size === 0) {
          this.removeListener('close', stop);
          this.emit('replayed');
        } else {
          run();
        }
      });
    };
    run();
  }
}
