// A module that owns the process-wide event bus and offers subscription helpers. Registering
// on its own bus is fine once, at start-up; whether it leaks is decided where the helpers are
// called (routes.ts). `onUserCreated` keeps no way to remove what it adds: the finding stands
// at the caller that repeats it, and leads here, so this line is not reported a second time.
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();

export function onUserCreated(handler: (user: { id: string }) => void): void {
  bus.on('user', handler);
}

export function onUserDeleted(handler: (id: string) => void): () => void {
  bus.on('user-deleted', handler);
  return () => bus.off('user-deleted', handler);
}

export function publish(user: { id: string }): void {
  bus.emit('user', user);
}
