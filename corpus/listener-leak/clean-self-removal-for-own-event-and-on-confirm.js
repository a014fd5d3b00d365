'use strict';

class AuditPublisher {
  constructor(channel) {
    this.channel = channel;
  }

  send(routingKey, record) {
    const correlationId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    return new Promise((resolve, reject) => {
      const onReturned = (msg) => {
        if (msg.properties.correlationId !== correlationId) return;
        this.channel.removeListener('return', onReturned);
        reject(new Error(`audit record for ${routingKey} could not be routed`));
      };
      this.channel.on('return', onReturned);
      this.channel.publish('audit', routingKey, Buffer.from(JSON.stringify(record)), { correlationId, mandatory: true }, (err) => {
        this.channel.removeListener('return', onReturned);
        if (err) reject(err);
        else resolve(correlationId);
      });
    });
  }
}

module.exports = { AuditPublisher };
