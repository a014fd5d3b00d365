// The consumer tracks the messages it is handling for a stuck-work report; the entry leaves at
// the end of the try, so every message whose handler throws stays, with its payload.
class OrdersConsumer {
  constructor(channel, handle) {
    this.channel = channel;
    this.handle = handle;
    this.handling = new Map(); // expect: unbounded-collection
  }

  async onMessage(msg) {
    const key = `${msg.fields.routingKey}:${msg.fields.deliveryTag}`;
    this.handling.set(key, { since: Date.now(), body: msg.content });
    try {
      await this.handle(JSON.parse(msg.content.toString()));
      this.handling.delete(key);
      this.channel.ack(msg);
    } catch (error) {
      this.channel.nack(msg, false, false);
    }
  }

  stuck(ms) {
    return [...this.handling.values()].filter((entry) => Date.now() - entry.since > ms);
  }
}

module.exports = { OrdersConsumer };
