import type { Channel, ConsumeMessage } from 'amqplib';

// Sends commands to a worker queue and waits for the broker's confirm. A command that comes
// back unroutable rejects through 'return'; a nacked one returns from the confirm callback
// before the listener is taken off the shared channel, and it stays there for good.
export class CommandBus {
  constructor(private readonly channel: Channel, private readonly exchange: string) {}

  send(command: string, body: Buffer, correlationId: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const bounced = (msg: ConsumeMessage) => {
        if (msg.properties.correlationId !== correlationId) return;
        this.channel.off('return', bounced);
        reject(new Error(`no queue bound for ${command}`));
      };
      this.channel.on('return', bounced); // expect: listener-leak
      this.channel.publish(this.exchange, command, body, { mandatory: true, correlationId }, (err: unknown) => {
        if (err) return reject(err);
        this.channel.off('return', bounced);
        resolve();
      });
    });
  }
}
