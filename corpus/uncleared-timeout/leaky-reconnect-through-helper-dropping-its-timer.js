// A queue consumer reconnects through a helper that drops its timer: `stop()` cannot cancel a
// scheduled reconnect, which opens a new connection after the consumer was stopped.
const amqp = require('amqplib');

function later(delayMs, task) {
  setTimeout(task, delayMs);
}

class Consumer {
  constructor(url, queue) {
    this.url = url;
    this.queue = queue;
    this.connection = null;
  }

  async start() {
    this.connection = await amqp.connect(this.url);
    this.connection.on('close', () => {
      later(5000, () => this.start()); // expect: uncleared-timeout
    });
    const channel = await this.connection.createChannel();
    await channel.consume(this.queue, (msg) => channel.ack(msg));
  }

  async stop() {
    const connection = this.connection;
    this.connection = null;
    if (connection) {
      connection.removeAllListeners('close');
      await connection.close();
    }
  }
}

module.exports = { Consumer };
