// The client files a callback per packet under a fresh message id; the acknowledgement
// handler in ./handlers.js deletes it through the client object it is given.
const { handleAck } = require('./handlers');

class PacketClient {
  constructor(socket) {
    this.socket = socket;
    this.callbacks = {};
    this.lastMessageId = 0;
    socket.on('ack', (packet) => handleAck(this, packet));
  }

  publish(topic, payload, cb) {
    const messageId = ++this.lastMessageId;
    this.callbacks[messageId] = cb;
    this.socket.write({ messageId, topic, payload });
  }
}

module.exports = PacketClient;
