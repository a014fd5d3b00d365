// The twin: every request keeps the remover onReply() hands back and calls it once the reply
// comes, so the shared channel never holds more than the requests in flight.
import type { EventEmitter } from 'node:events';
import { onReply } from './wire';

export class RpcClient {
  private seq = 0;

  constructor(private readonly channel: EventEmitter & { send(queue: string, msg: object): void }) {}

  request(queue: string, payload: unknown): Promise<unknown> {
    const id = String(++this.seq);
    return new Promise((resolve) => {
      const stop = onReply(this.channel, id, (body) => {
        stop();
        resolve(body);
      });
      this.channel.send(queue, { id, payload });
    });
  }
}
