// The same wait, but the timeout takes the listener off before it rejects.
import type { EventEmitter } from 'node:events';

export function awaitAnswer(channel: EventEmitter, ticket: number, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onAnswer = (message: { ticket: number; value: number }) => {
      if (message.ticket !== ticket) return;
      clearTimeout(timer);
      channel.removeListener('answer', onAnswer);
      resolve(message.value);
    };
    const timer = setTimeout(() => {
      channel.removeListener('answer', onAnswer);
      reject(new Error(`ticket ${ticket} unanswered`));
    }, ms);
    channel.on('answer', onAnswer);
  });
}
