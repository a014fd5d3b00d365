// Opens a Redis connection subscribed to one channel and hands it back to the caller to close.
import { createClient } from 'redis';

export async function openSubscriber(channel: string, onMessage: (message: string) => void) {
  const client = createClient({ url: process.env.REDIS_URL });
  await client.connect();
  await client.subscribe(channel, onMessage);
  return client;
}
