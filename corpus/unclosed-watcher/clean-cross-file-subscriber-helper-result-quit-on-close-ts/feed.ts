// Opens a dedicated subscriber connection for a channel and hands it back once subscribed.
import Redis from 'ioredis';

export async function follow(channel: string, onMessage: (event: unknown) => void): Promise<Redis> {
  const subscriber = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  subscriber.on('message', (from: string, raw: string) => {
    if (from === channel) onMessage(JSON.parse(raw));
  });
  await subscriber.subscribe(channel);
  return subscriber;
}
