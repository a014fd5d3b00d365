import { createClient } from 'redis';

export const redis = createClient({ url: process.env.REDIS_URL });

export async function openSubscriber() {
  const sub = redis.duplicate();
  await sub.connect();
  return sub;
}
