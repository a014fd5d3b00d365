// The consumer tracks the messages it is handling for a stuck-work report, and forgets each one
// however its handler ends.
import type { Channel, ConsumeMessage } from 'amqplib';

export class OrdersConsumer {
  private readonly handling = new Map<string, { since: number; body: Buffer }>();

  constructor(private readonly channel: Channel, private readonly handle: (body: unknown) => Promise<void>) {}

  async onMessage(msg: ConsumeMessage): Promise<void> {
    const key = `${msg.fields.routingKey}:${msg.fields.deliveryTag}`;
    this.handling.set(key, { since: Date.now(), body: msg.content });
    try {
      await this.handle(JSON.parse(msg.content.toString()));
      this.channel.ack(msg);
    } catch {
      this.channel.nack(msg, false, false);
    } finally {
      this.handling.delete(key);
    }
  }

  stuck(ms: number): Array<{ since: number; body: Buffer }> {
    return [...this.handling.values()].filter((entry) => Date.now() - entry.since > ms);
  }
}
