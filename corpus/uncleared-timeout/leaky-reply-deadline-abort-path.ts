// An RPC client waits for the reply to each call, for a minute at most. The deadline is
// cleared by the reply, but when the channel closes first the call fails and the deadline
// stays pending for the rest of the minute, holding the request payload.
import type { EventEmitter } from 'node:events';

interface Channel extends EventEmitter {
  send(message: object): void;
}

export function call(channel: Channel, request: { id: string; body: unknown }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`no reply to ${request.id}`)), 60_000); // expect: uncleared-timeout
    channel.once('reply', (reply: unknown) => {
      clearTimeout(deadline);
      resolve(reply);
    });
    channel.once('close', () => reject(new Error('channel closed')));
    channel.send(request);
  });
}
