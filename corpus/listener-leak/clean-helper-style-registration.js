// A helper that takes the emitter first: the emitter here is a socket of the current call.
const util = require('./util');

function attach(client, socket) {
  util.addListener(socket, 'error', (err) => client.fail(err));
  util.addListener(socket, 'readable', () => client.read(socket));
  util.addListener(socket, 'end', () => client.finish());
}

module.exports = { attach };
