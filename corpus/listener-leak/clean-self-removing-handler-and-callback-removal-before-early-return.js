// Publishes with QoS 1 and waits for the broker's acknowledgement. The callback takes the
// listener off the long-lived client whatever the outcome, before it settles.
class Telemetry {
  constructor(client) {
    this.client = client;
    this.nextId = 1;
  }

  report(topic, reading) {
    const messageId = this.nextId++;
    return new Promise((resolve, reject) => {
      const refused = (packet) => {
        if (packet.cmd !== 'puback' || packet.messageId !== messageId || packet.reasonCode < 0x80) return;
        this.client.removeListener('packetreceive', refused);
        reject(new Error(`broker refused reading ${messageId}`));
      };
      this.client.on('packetreceive', refused);
      this.client.publish(topic, JSON.stringify(reading), { qos: 1, properties: { correlationData: Buffer.from(String(messageId)) } }, (err) => {
        this.client.removeListener('packetreceive', refused);
        if (err) reject(err);
        else resolve(messageId);
      });
    });
  }
}

module.exports = { Telemetry };
