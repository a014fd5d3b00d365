// Infinity in its different spellings, on an instance and through the static helper.
import { EventEmitter, setMaxListeners } from 'node:events';

const NO_LIMIT = Number.POSITIVE_INFINITY;

export class Broker extends EventEmitter {
  constructor() {
    super();
    this.setMaxListeners(Infinity); // expect: max-listeners-disabled
  }
}

export function share(target: EventTarget): void {
  setMaxListeners(NO_LIMIT, target); // expect: max-listeners-disabled
}

export function widen(emitter: EventEmitter): void {
  emitter.setMaxListeners(NO_LIMIT); // expect: max-listeners-disabled
}
