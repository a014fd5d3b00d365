// The zero hides behind a constant.
import { EventEmitter } from 'events';

const UNLIMITED = 0;

export function createChannel(): EventEmitter {
  const channel = new EventEmitter();
  channel.setMaxListeners(UNLIMITED); // expect: max-listeners-disabled
  return channel;
}
