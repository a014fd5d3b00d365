// The TypeScript class form: `wireEvents()` is private and only the constructor calls it,
// once per instance; its listeners on the instance itself go when the instance goes.
import { EventEmitter } from 'events';

export class Client extends EventEmitter {
  private readyState = 0;

  constructor(readonly url: string) {
    super();
    this.wireEvents();
  }

  private wireEvents(): void {
    const client = this;
    client.on('incoming::open', () => {
      client.readyState = 1;
      client.emit('open');
    });
    this.on('incoming::end', () => {
      client.readyState = 0;
    });
  }
}
