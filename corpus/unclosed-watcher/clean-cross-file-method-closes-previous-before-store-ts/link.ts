// A link that reconnects on every drop: each connect watches the health file again, and the
// class's own method closes the watcher of the last connection before the new one is stored.
import { EventEmitter } from 'events';
import type { FSWatcher } from 'fs';
import { watchHealth } from './probe';

export class Link extends EventEmitter {
  private health: FSWatcher | null = null;

  constructor(private readonly path: string) {
    super();
    this.on('drop', () => this.connect());
  }

  connect(): void {
    this.stopHealth();
    this.health = watchHealth(this.path, () => this.emit('health'));
  }

  private stopHealth(): void {
    this.health?.close();
    this.health = null;
  }

  close(): void {
    this.stopHealth();
  }
}
