// Each connect gives the client a new socket; the handler listens on that socket, which is
// dropped with its connection. Nothing accumulates on the client itself.
import { EventEmitter } from 'node:events';

const kSocket = Symbol('socket');

interface Client extends EventEmitter {
  [kSocket]: EventEmitter;
}

export function watchDrain(client: Client, onDrain: () => void): void {
  client.on('connect', () => {
    client[kSocket].on('drain', onDrain);
  });
  client.on('disconnect', () => console.warn('connection lost, reconnecting'));
}
