import type { Channel, ConsumeMessage } from 'amqplib';

// Sends commands to a worker queue and waits for the broker's confirm. The listener for
// bounced commands comes off the shared channel before the confirm callback looks at the
// outcome, so a nacked command leaves nothing behind.
export class CommandBus {
  constructor(private readonly channel: Channel, private readonly exchange: string) {}

  send(command: string, body: Buffer, correlationId: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const bounced = (msg: ConsumeMessage) => {
        if (msg.properties.correlationId !== correlationId) return;
        this.channel.off('return', bounced);
        reject(new Error(`no queue bound for ${command}`));
      };
      this.channel.on('return', bounced);
      this.channel.publish(this.exchange, command, body, { mandatory: true, correlationId }, (err: unknown) => {
        this.channel.off('return', bounced);
        if (err) return reject(err);
        resolve();
      });
    });
  }
}
