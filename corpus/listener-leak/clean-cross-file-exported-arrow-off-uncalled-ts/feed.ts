import { EventEmitter } from 'node:events';

export type Update = { id: number; body: string };

const feed = new EventEmitter();
let seq = 0;

export const publishUpdate = (body: string): Update => {
  const update = { id: ++seq, body };
  feed.emit('update', update);
  return update;
};

export const onUpdate = (fn: (u: Update) => void): void => {
  feed.on('update', fn);
};

export const offUpdate = (fn: (u: Update) => void): void => {
  feed.off('update', fn);
};
