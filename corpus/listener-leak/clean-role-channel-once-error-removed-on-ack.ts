// The same channel in TypeScript, but the ack takes the error listener off again.
import { EventEmitter } from 'node:events';

interface Link {
  write(frame: object): void;
  once(event: string, fn: () => void): void;
}

class Channel extends EventEmitter {
  private sequence = 0;

  constructor(private readonly link: Link, private readonly id: number) {
    super();
  }

  publish(routingKey: string, body: Buffer, callback: (error: Error | null) => void): void {
    const sequence = ++this.sequence;
    const onError = () => callback(new Error(`publish ${sequence} failed`));
    this.link.write({ channel: this.id, sequence, routingKey, body });
    this.once('error', onError);
    this.link.once(`ack:${this.id}:${sequence}`, () => {
      this.off('error', onError);
      callback(null);
    });
  }
}

export function openChannel(link: Link, id: number): Channel {
  return new Channel(link, id);
}
