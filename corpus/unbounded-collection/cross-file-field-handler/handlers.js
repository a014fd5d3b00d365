// Acknowledgements settle and forget the callback of their packet.
function handleAck(client, packet) {
  const cb = client.callbacks[packet.messageId];
  delete client.callbacks[packet.messageId];
  if (cb) cb(null, packet);
}

module.exports = { handleAck };
