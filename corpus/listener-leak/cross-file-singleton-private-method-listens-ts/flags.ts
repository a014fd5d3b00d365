import { EventEmitter } from 'node:events';

type Flags = Record<string, boolean>;

const updates = new EventEmitter();
let current: Flags = {};

export function publishFlags(next: Flags): void {
  current = next;
  updates.emit('flags', next);
}

class FlagClient {
  private follow(onChange: (flags: Flags) => void): void {
    updates.on('flags', onChange);
  }

  snapshot(onChange: (flags: Flags) => void): Flags {
    this.follow(onChange);
    return current;
  }
}

export const flagClient = new FlagClient();
