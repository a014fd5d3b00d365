// The app's pool, and a helper that checks a connection out of it.
import { Pool, PoolClient } from 'pg';

export const pool = new Pool({ max: 20 });

export async function checkout(): Promise<PoolClient> {
  return pool.connect();
}
