// A client that swaps its transport: the new one's listeners are chained on it, and the old
// one's are all taken off when it is replaced.
import { EventEmitter } from 'node:events';

export class Connection extends EventEmitter {
  private transport?: EventEmitter;

  setTransport(transport: EventEmitter): void {
    if (this.transport) this.transport.removeAllListeners();
    this.transport = transport;
    transport
      .on('packet', (packet) => this.emit('packet', packet))
      .on('error', (error) => this.emit('error', error))
      .on('close', () => this.emit('close'));
  }
}
