// Channel helpers over the module's own bus: `subscribe` keeps no way out, `follow` returns one.
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();

export function subscribe(channel: string, fn: (message: string) => void): void {
  bus.on(channel, fn);
}

export function follow(channel: string, fn: (message: string) => void): () => void {
  bus.on(channel, fn);
  return () => bus.off(channel, fn);
}

export function publish(channel: string, message: string): void {
  bus.emit(channel, message);
}
