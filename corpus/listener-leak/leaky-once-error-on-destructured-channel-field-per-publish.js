// A confirm-channel publisher: each publish waits for the broker's ack, and also listens
// for a channel error that almost never comes.
const amqp = require('amqplib');

class AuditPublisher {
  constructor(url) {
    this.url = url;
    this.channel = null;
  }

  async connect() {
    const connection = await amqp.connect(this.url);
    this.channel = await connection.createConfirmChannel();
  }

  publish(entry) {
    const { channel } = this;
    return new Promise((resolve, reject) => {
      channel.once('error', reject); // expect: listener-leak
      channel.publish('audit', entry.kind, Buffer.from(JSON.stringify(entry)), {}, (err) => {
        if (err) reject(err);
        else resolve();
      });
    });
  }
}

module.exports = { AuditPublisher };
