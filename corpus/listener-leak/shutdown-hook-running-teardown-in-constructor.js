// A queue consumer that closes itself on SIGTERM: the hook is there to run its teardown, and
// keeps an instance torn down earlier only until the process exits (a note).
const amqp = require('amqplib');

class EventConsumer {
  constructor(url) {
    this.url = url;
    this.connection = null;
    process.once('SIGTERM', () => this.close()); // expect: listener-leak
  }

  async start(onEvent) {
    this.connection = await amqp.connect(this.url);
    const channel = await this.connection.createChannel();
    await channel.consume('events', (msg) => msg && onEvent(JSON.parse(msg.content.toString())));
  }

  async close() {
    if (this.connection) await this.connection.close();
  }
}

module.exports = { EventConsumer };
