import type { Channel, ConsumeMessage } from 'amqplib';

// Redelivers failed messages up to a limit. The count is dropped when a message is handled,
// and kept when the message is finally rejected, one entry per poison message.
export class RetryingConsumer {
  private readonly failures = new Map<string, number>(); // expect: unbounded-collection

  constructor(private readonly channel: Channel, private readonly handle: (body: Buffer) => Promise<void>, private readonly maxRetries = 3) {}

  async onMessage(msg: ConsumeMessage): Promise<void> {
    const id = String(msg.properties.messageId);
    try {
      await this.handle(msg.content);
      this.failures.delete(id);
      this.channel.ack(msg);
    } catch {
      const count = (this.failures.get(id) ?? 0) + 1;
      if (count < this.maxRetries) {
        this.failures.set(id, count);
        this.channel.nack(msg, false, true);
      } else {
        this.channel.nack(msg, false, false);
      }
    }
  }
}
