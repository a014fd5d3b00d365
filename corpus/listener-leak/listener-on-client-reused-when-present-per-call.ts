// The client is made only the first time, but every call listens on it again: each lookup adds
// one more 'error' listener to the same long-lived client.
import Redis from 'ioredis';

const clients: Record<string, Redis> = {}; // expect: unbounded-collection

export async function lookup(tenant: string, key: string): Promise<string | null> {
  if (!clients[tenant]) clients[tenant] = new Redis({ db: 1, keyPrefix: `${tenant}:` });
  clients[tenant].on('error', (err) => console.error(`redis ${tenant}`, err)); // expect: listener-leak
  return clients[tenant].get(key);
}
