// A notification listener checks one client out of the pool for good: it keeps it in a field
// for LISTEN and never gives it back, so the client is its own, and close() ends it.
import type { Pool, PoolClient } from 'pg';

export class Notifications {
  private client?: PoolClient;

  constructor(private pool: Pool) {}

  async listen(channel: string, onMessage: (payload: string) => void): Promise<void> {
    const client = await this.pool.connect();
    client.on('notification', (message) => onMessage(message.payload ?? ''));
    await client.query(`LISTEN ${channel}`);
    this.client = client;
  }

  async close(): Promise<void> {
    this.client?.removeAllListeners();
    this.client?.release(true);
  }
}
