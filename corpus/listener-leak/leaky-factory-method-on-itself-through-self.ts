// A hub whose `createChannel()` is a factory: each call makes a channel and registers, on
// the hub itself (through `const self = this`), a 'shutdown' listener that closes it. The
// channel's own close never removes that listener, so every channel ever made stays
// reachable from the hub until it shuts down.
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

  createChannel(name: string): Channel {
    const self = this;
    const channel = new Channel(name);
    this.count += 1;
    self.once('shutdown', () => channel.close()); // expect: listener-leak
    channel.on('close', () => {
      self.count -= 1;
    });
    return channel;
  }
}
