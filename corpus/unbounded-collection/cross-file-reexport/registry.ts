// Grown here, cleared by a module that imports it through the folder's index.
import { EventEmitter } from 'node:events';

export const bus = new EventEmitter();
export const tokens = new Set<string>();

bus.on('login', (token: string) => {
  tokens.add(token);
});
