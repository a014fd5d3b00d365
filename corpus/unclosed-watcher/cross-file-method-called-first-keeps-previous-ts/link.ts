// A link that reconnects on every drop: each connect watches the health file again. The
// method called first only resets a counter, so the watcher of the last connection is lost.
import { EventEmitter } from 'events';
import type { FSWatcher } from 'fs';
import { watchHealth } from './probe';

export class Link extends EventEmitter {
  private health: FSWatcher | null = null;
  private beats = 0;

  constructor(private readonly path: string) {
    super();
    this.on('drop', () => this.connect());
  }

  connect(): void {
    this.resetBeats();
    this.health = watchHealth(this.path, () => this.beats++); // expect: unclosed-watcher
  }

  private resetBeats(): void {
    this.beats = 0;
  }

  close(): void {
    this.health?.close();
  }
}
