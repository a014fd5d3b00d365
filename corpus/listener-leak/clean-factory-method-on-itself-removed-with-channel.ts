// The hub's factory keeps the listener it puts on itself and removes it when the channel
// closes, so a closed channel leaves nothing on the hub. A bare `create()` that builds the
// hub's own parts once is also no factory: it runs once in the hub's life.
import { EventEmitter } from 'events';

export class Channel extends EventEmitter {
  constructor(readonly name: string) {
    super();
  }
  close(): void {
    this.emit('close');
  }
}

export class Hub extends EventEmitter {
  private count = 0;

  create(): void {
    const self = this;
    self.once('shutdown', () => self.emit('closed'));
  }

  createChannel(name: string): Channel {
    const self = this;
    const channel = new Channel(name);
    const onShutdown = () => channel.close();
    this.count += 1;
    self.once('shutdown', onShutdown);
    channel.on('close', () => {
      self.count -= 1;
      self.removeListener('shutdown', onShutdown);
    });
    return channel;
  }
}
