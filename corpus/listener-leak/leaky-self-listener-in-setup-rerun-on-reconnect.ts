// The same wiring, but the client also runs it again from its 'reconnect' listener: every
// reconnection adds another pair of listeners on the client itself, and none is removed.
import { EventEmitter } from 'events';

export class Client extends EventEmitter {
  private readyState = 0;

  constructor(readonly url: string) {
    super();
    this.wireEvents();
    this.on('reconnect', () => this.wireEvents()); // expect: listener-leak
  }

  private wireEvents(): void {
    const client = this;
    client.on('incoming::open', () => {
      client.readyState = 1;
      client.emit('open');
    });
  }
}
