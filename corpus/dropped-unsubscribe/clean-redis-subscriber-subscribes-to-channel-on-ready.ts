// The same with ioredis: on every 'ready' the subscriber asks for its channel again; that
// names a channel, not a callback, and the connection holds it once.
import Redis from 'ioredis';

export function followChannel(url: string, channel: string, onMessage: (text: string) => void): () => void {
  const subscriber = new Redis(url);
  subscriber.on('ready', () => {
    void subscriber.subscribe(channel);
  });
  subscriber.on('message', (from: string, text: string) => {
    if (from === channel) onMessage(text);
  });
  return () => subscriber.disconnect();
}
