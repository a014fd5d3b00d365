// Each upgrade hands the session a new transport; `useTransport()` stores it and listens on it.
// The listener goes on the new object, so nothing piles up on one emitter.
import { EventEmitter } from 'node:events';

class Transport extends EventEmitter {}

export class Session extends EventEmitter {
  private transport: Transport;

  constructor(first: Transport) {
    super();
    this.transport = first;
    this.useTransport(first);
    this.on('upgrade', (next: Transport) => this.useTransport(next));
  }

  private useTransport(transport: Transport): void {
    this.transport = transport;
    this.transport.on('packet', (packet: string) => this.emit('packet', packet));
  }
}
