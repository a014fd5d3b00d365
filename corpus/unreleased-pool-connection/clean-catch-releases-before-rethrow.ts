// The consumer's `catch` releases before it rethrows; the release after the `try` covers the rest.
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';

const pool = new Pool();
const consumer = new Kafka({ brokers: ['localhost:9092'] }).consumer({ groupId: 'orders-sink' });

export async function run(): Promise<void> {
  await consumer.run({
    eachMessage: async ({ message }) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO orders (payload) VALUES ($1)', [message.value?.toString()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        client.release();
        throw err;
      }
      client.release();
    },
  });
}
