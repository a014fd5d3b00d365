import { checkout } from './db';

export async function markPaid(tenant: string, invoiceId: string) {
  const client = await checkout(tenant); // expect: unreleased-pool-connection
  await client.query('UPDATE invoices SET paid_at = now() WHERE id = $1', [invoiceId]);
  const { rows } = await client.query('SELECT total FROM invoices WHERE id = $1', [invoiceId]);
  client.release();
  return rows[0];
}
