// Publishes with QoS 1 and waits for the broker's acknowledgement. A message the broker
// rejects is reported through the client's 'packetreceive'; a failed publish returns from the
// callback first, and the listener stays on the long-lived client for good.
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
      this.client.on('packetreceive', refused); // expect: listener-leak
      this.client.publish(topic, JSON.stringify(reading), { qos: 1, properties: { correlationData: Buffer.from(String(messageId)) } }, (err) => {
        if (err) return reject(err);
        this.client.removeListener('packetreceive', refused);
        resolve(messageId);
      });
    });
  }
}

module.exports = { Telemetry };
