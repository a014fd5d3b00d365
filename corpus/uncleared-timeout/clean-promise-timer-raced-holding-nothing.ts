// The raced promise timer's only reaction closes over nothing: when the close wins, all that
// waits is a timer and a closure returning `false`, gone within the rate-limit window.
import { once } from 'node:events';
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export class Shard extends EventEmitter {
  private resetAt = 0;

  async send(payload: string): Promise<void> {
    const wait = this.resetAt - Date.now();
    if (wait > 0) {
      const closed = await Promise.race([sleep(wait).then(() => false), once(this, 'closed').then(() => true)]);
      if (closed) return;
    }
    this.emit('payload', payload);
  }
}
