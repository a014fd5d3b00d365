// Every delivery is taken out again in `finally`, whichever case ran and whether it failed.
import type { Channel } from 'amqplib';
import { begin, done } from './inflight';

export async function consume(channel: Channel, invoices: { markPaid(id: string): Promise<void>; void(id: string): Promise<void> }) {
  await channel.consume('invoices', async (msg) => {
    if (msg === null) return;
    const key = begin(msg);
    try {
      const event = JSON.parse(msg.content.toString());
      switch (event.type) {
        case 'invoice.paid':
          await invoices.markPaid(event.id);
          break;
        case 'invoice.voided':
          await invoices.void(event.id);
          break;
        default:
          break;
      }
      channel.ack(msg);
    } catch (err) {
      channel.nack(msg, false, false);
    } finally {
      done(key);
    }
  });
}
