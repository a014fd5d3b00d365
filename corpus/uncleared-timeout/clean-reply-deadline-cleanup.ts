// One cleanup runs on every outcome: the reply, the channel closing, and the deadline itself.
import type { EventEmitter } from 'node:events';

interface Channel extends EventEmitter {
  send(message: object): void;
}

export function call(channel: Channel, request: { id: string; body: unknown }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`no reply to ${request.id}`)), 60_000);
    const cleanup = () => clearTimeout(deadline);
    channel.once('reply', (reply: unknown) => {
      cleanup();
      resolve(reply);
    });
    channel.once('close', () => {
      cleanup();
      reject(new Error('channel closed'));
    });
    channel.send(request);
  });
}
