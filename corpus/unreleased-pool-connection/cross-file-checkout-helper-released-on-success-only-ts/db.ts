import { Pool, PoolClient } from 'pg';

export const pool = new Pool({ max: 10 });

export async function checkout(tenant: string): Promise<PoolClient> {
  const client = await pool.connect();
  try {
    await client.query(`SET search_path TO "t_${tenant.replace(/[^a-z0-9_]/g, '')}", public`);
    return client;
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
}
