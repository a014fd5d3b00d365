// The same uplink, removing its forwarder only when the collector says it is full: every
// call that ends otherwise leaves it on the buffer.
import { EventEmitter } from 'events';

interface PushCall {
  write(sample: unknown): void;
  on(event: string, fn: (arg: unknown) => void): void;
}

export class Uplink {
  private readonly samples = new EventEmitter();

  constructor(private readonly client: { push(): PushCall }) {}

  open(): void {
    const call = this.client.push();
    const forward = (sample: unknown) => call.write(sample);
    this.samples.on('sample', forward); // expect: listener-leak
    call.on('data', (reply) => {
      if ((reply as { full?: boolean }).full) this.samples.removeListener('sample', forward);
    });
    call.on('status', () => setTimeout(() => this.open(), 1000));
  }
}
