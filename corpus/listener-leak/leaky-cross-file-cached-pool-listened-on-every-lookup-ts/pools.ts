// One undici pool per upstream, made on first use and kept for later requests.
import { Pool } from 'undici';

const ORIGINS = { orders: 'http://orders:8080', stock: 'http://stock:8080' } as const;
export type Upstream = keyof typeof ORIGINS;

const pools = new Map<Upstream, Pool>();

export function poolFor(name: Upstream, onDrop: (origin: string) => void): Pool {
  let pool = pools.get(name);
  if (!pool) {
    pool = new Pool(ORIGINS[name], { connections: 16 });
    pools.set(name, pool);
  }
  pool.on('disconnect', (origin) => onDrop(String(origin)));
  return pool;
}
