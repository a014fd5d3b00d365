// A kafkajs consumer writes each message in a transaction; the `catch` rethrows after the
// rollback, past the release after the `try`, so each failed message keeps a client.
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';

const pool = new Pool();
const consumer = new Kafka({ brokers: ['localhost:9092'] }).consumer({ groupId: 'orders-sink' });

export async function run(): Promise<void> {
  await consumer.run({
    eachMessage: async ({ message }) => {
      const client = await pool.connect(); // expect: unreleased-pool-connection
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO orders (payload) VALUES ($1)', [message.value?.toString()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
      client.release();
    },
  });
}
