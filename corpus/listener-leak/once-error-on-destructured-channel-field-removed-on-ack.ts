// The same publisher, in TypeScript: the ack callback takes the 'error' listener off
// whatever the outcome.
import amqp, { type ConfirmChannel } from 'amqplib';

export class AuditPublisher {
  private channel: ConfirmChannel | null = null;

  constructor(private readonly url: string) {}

  async connect(): Promise<void> {
    const connection = await amqp.connect(this.url);
    this.channel = await connection.createConfirmChannel();
  }

  publish(entry: { kind: string }): Promise<void> {
    const { channel } = this;
    if (!channel) return Promise.reject(new Error('not connected'));
    return new Promise((resolve, reject) => {
      channel.once('error', reject);
      channel.publish('audit', entry.kind, Buffer.from(JSON.stringify(entry)), {}, (err) => {
        channel.removeListener('error', reject);
        if (err) reject(err);
        else resolve();
      });
    });
  }
}
