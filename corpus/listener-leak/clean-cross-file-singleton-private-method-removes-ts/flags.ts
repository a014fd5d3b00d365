import { EventEmitter } from 'node:events';

type Flags = Record<string, boolean>;

const updates = new EventEmitter();
let current: Flags = {};

export function publishFlags(next: Flags): void {
  current = next;
  updates.emit('flags', next);
}

class FlagClient {
  private follow(onChange: (flags: Flags) => void): () => void {
    updates.on('flags', onChange);
    return () => updates.off('flags', onChange);
  }

  snapshot(onChange: (flags: Flags) => void): { flags: Flags; stop: () => void } {
    const stop = this.follow(onChange);
    return { flags: current, stop };
  }
}

export const flagClient = new FlagClient();
