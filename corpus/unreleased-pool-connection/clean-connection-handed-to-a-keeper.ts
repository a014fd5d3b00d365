import type { Pool, PoolClient } from 'pg';

// The listening connection is handed to the subscriber registry, which keeps it for as long
// as there are channels to listen on and gives it back itself.
export class Listener {
  constructor(private readonly pool: Pool, private readonly keep: (client: PoolClient) => void) {}

  async open(channel: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query(`LISTEN ${channel}`);
    } catch (err) {
      client.release();
      throw err;
    }
    this.keep(client);
  }
}
