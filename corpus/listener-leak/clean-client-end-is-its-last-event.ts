// A pub/sub client's 'end' is the last event it ever emits (it does not reconnect after it):
// releasing there is right. The client comes from a factory, not from a server's
// connection handler, so its 'end' is not a socket's clean finish only.
import { EventEmitter } from 'events';

export const ticker = new EventEmitter();

interface Subscriber { write(line: string): void; on(event: 'end', fn: () => void): void }

export function follow(client: Subscriber): void {
  const push = (price: number) => client.write(`${price}\n`);
  ticker.on('price', push);
  client.on('end', () => ticker.off('price', push));
}
