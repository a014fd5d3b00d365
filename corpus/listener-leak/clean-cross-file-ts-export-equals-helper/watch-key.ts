import { EventEmitter } from 'node:events';

type Change = { key: string; value: unknown };

function watchKey(source: EventEmitter, key: string, handler: (change: Change) => void): (change: Change) => void {
  const listener = (change: Change) => {
    if (change.key === key) handler(change);
  };
  source.on('change', listener);
  return listener;
}

export = watchKey;
