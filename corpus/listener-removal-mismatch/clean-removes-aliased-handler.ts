// Removals whose handler looks different from the registered one but is the same function
// (kept under another name), and a removal whose event is only known at run time.
import type { EventEmitter } from 'node:events';

export async function quit(client: EventEmitter & { disconnect(): void }): Promise<void> {
  let onEnd: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    client.once('end', resolve);
    onEnd = resolve;
  });
  client.disconnect();
  try {
    await ended;
  } finally {
    client.removeListener('end', onEnd);
  }
}

export function rebind(target: EventEmitter, event: string, next: () => void, previous: () => void): void {
  const handler = next;
  target.removeListener(event, previous);
  target.on(event, handler);
}
