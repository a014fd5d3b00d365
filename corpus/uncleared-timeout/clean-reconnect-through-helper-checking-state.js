// The reconnect goes through a helper that drops its timer, but the task first checks whether
// the consumer was stopped: a late firing does nothing.
const amqp = require('amqplib');

function later(delayMs, task) {
  setTimeout(task, delayMs);
}

class Consumer {
  constructor(url, queue) {
    this.url = url;
    this.queue = queue;
    this.connection = null;
    this.stopped = false;
  }

  async start() {
    if (this.stopped) return;
    this.connection = await amqp.connect(this.url);
    this.connection.on('close', () => {
      later(5000, () => this.start());
    });
    const channel = await this.connection.createChannel();
    await channel.consume(this.queue, (msg) => channel.ack(msg));
  }

  async stop() {
    this.stopped = true;
    const connection = this.connection;
    this.connection = null;
    if (connection) await connection.close();
  }
}

module.exports = { Consumer };
