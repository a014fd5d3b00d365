// The client adds entries; a handler elsewhere in the module deletes them through the client
// object it is given. Objects travel: the removal counts though it does not say `this`.
class Client {
  constructor() {
    this.callbacks = {};
    this.seq = 0;
  }

  send(packet, cb) {
    const messageId = ++this.seq;
    this.callbacks[messageId] = cb;
    return messageId;
  }
}

function handleAck(client, packet) {
  const cb = client.callbacks[packet.messageId];
  delete client.callbacks[packet.messageId];
  if (cb) cb(null, packet);
}

module.exports = { Client, handleAck };
