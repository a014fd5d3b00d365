// Waits for the reply with a correlation id, and hands back the remover.
import type { EventEmitter } from 'node:events';

export function onReply(channel: EventEmitter, id: string, callback: (body: unknown) => void): () => void {
  const listener = (frame: { correlationId: string; body: unknown }) => {
    if (frame.correlationId === id) callback(frame.body);
  };
  channel.on('message', listener);
  return () => channel.off('message', listener);
}
