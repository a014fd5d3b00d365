import type { Pool, PoolClient } from 'pg';

export class UnitOfWork {
  constructor(private readonly pool: Pool) {}

  async run<T>(body: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect(); // expect: unreleased-pool-connection
    await client.query('BEGIN');
    try {
      const value = await body(client);
      await client.query('COMMIT');
      client.release();
      return value;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  }
}
