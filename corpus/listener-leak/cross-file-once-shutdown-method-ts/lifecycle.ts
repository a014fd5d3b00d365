// Runs handlers once, when the process is asked to stop.
import { EventEmitter } from 'node:events';

const lifecycle = new EventEmitter();

export function onShutdown(handler: () => void): void {
  lifecycle.once('shutdown', handler);
}

process.once('SIGTERM', () => lifecycle.emit('shutdown'));
