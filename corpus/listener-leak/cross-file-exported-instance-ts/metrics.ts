// The exported instance's `follow` hands back a remover, `track` does not.
import { EventEmitter } from 'node:events';

class Metrics extends EventEmitter {
  track(fn: (name: string, value: number) => void): void {
    this.on('metric', fn);
  }

  follow(fn: (name: string, value: number) => void): () => void {
    this.on('update', fn);
    return () => this.off('update', fn);
  }
}

export const metrics = new Metrics();
