// The clients live in a table made at start-up; `stop()` quits every one of them by walking the
// table's values.
import Redis from 'ioredis';

const clients: Record<string, Redis> = {};

export function start(urls: Record<string, string>): void {
  for (const [name, url] of Object.entries(urls)) {
    clients[name] = new Redis(url);
  }
}

export async function stop(): Promise<void> {
  for (const client of Object.values(clients)) await client.quit();
}

export function client(name: string): Redis | undefined {
  return clients[name];
}
