// The worker takes the connection's end promise once, then races every message's handling
// against it: each round adds one more reaction to a promise that settles only at shutdown.
import { connect, type Msg } from 'nats';

export class ResizeWorker {
  constructor(private readonly servers: string, private readonly resize: (msg: Msg) => Promise<void>) {}

  async run(): Promise<void> {
    const nc = await connect({ servers: this.servers, name: 'resize-worker' });
    const closed = nc.closed();
    const sub = nc.subscribe('images.resize', { queue: 'resizers' });
    for await (const msg of sub) {
      await Promise.race([this.resize(msg), closed]); // expect: long-lived-promise-race
    }
  }
}
