// A per-connection interval cleared when the connection closes.
const net = require('net');

const server = net.createServer((socket) => {
  const keepAlive = setInterval(() => socket.write('\0'), 15000);
  socket.on('close', () => clearInterval(keepAlive));
  socket.on('error', () => socket.destroy());
});

server.listen(7000);
