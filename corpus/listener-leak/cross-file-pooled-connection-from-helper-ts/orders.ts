// Each order listens for the connection's 'error' and gives the connection back without taking
// the listener off: the pool lends it again, with every earlier order's listener still on it.
import { checkout } from './db';

export async function placeOrder(customerId: string, sku: string): Promise<void> {
  const client = await checkout();
  let broken: Error | undefined;
  client.on('error', (err) => { broken = err; }); // expect: listener-leak
  try {
    await client.query('INSERT INTO orders (customer_id, sku) VALUES ($1, $2)', [customerId, sku]);
  } finally {
    client.release(broken);
  }
}
