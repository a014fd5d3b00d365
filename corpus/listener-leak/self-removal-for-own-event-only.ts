import type { ConfirmChannel, ConsumeMessage } from 'amqplib';

export class AuditPublisher {
  constructor(private readonly channel: ConfirmChannel) {}

  send(routingKey: string, record: object): Promise<string> {
    const correlationId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    return new Promise((resolve, reject) => {
      const onReturned = (msg: ConsumeMessage) => {
        if (msg.properties.correlationId !== correlationId) return;
        this.channel.removeListener('return', onReturned);
        reject(new Error(`audit record for ${routingKey} could not be routed`));
      };
      this.channel.on('return', onReturned); // expect: listener-leak
      this.channel.publish('audit', routingKey, Buffer.from(JSON.stringify(record)), { correlationId, mandatory: true }, (err) => {
        if (err) reject(err);
        else resolve(correlationId);
      });
    });
  }
}
