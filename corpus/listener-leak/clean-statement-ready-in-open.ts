// Waiting once for the statement to be ready, or to fail, in open(): that runs once in the
// finder's life, so its one leftover listener is no leak.
import type { EventEmitter } from 'node:events';

export class Finder {
  constructor(private statement: EventEmitter) {}

  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.statement.once('ready', () => resolve());
      this.statement.once('error', reject);
    });
  }
}
