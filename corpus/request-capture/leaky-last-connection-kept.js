// The server keeps the latest connection to poke it from a timer: one cause, one finding (the
// kept connection), not a second one for the variable that keeps it.
const net = require('node:net');

let lastClient;
const server = net.createServer();
server.on('connection', (socket) => {
  lastClient = socket; // expect: request-capture
  socket.on('data', (chunk) => socket.write(chunk));
});

function poke() {
  if (lastClient) lastClient.write('poke\n');
}

module.exports = { server, poke };
