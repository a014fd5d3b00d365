// Live sockets for broadcasts; `forget` is reached only from the socket's 'error' handler,
// so every client that disconnects cleanly stays in `live` for good.
const net = require('net');

const live = new Set(); // expect: unbounded-collection

function remember(socket) {
  live.add(socket);
}

function forget(socket) {
  live.delete(socket);
}

function broadcast(line) {
  for (const socket of live) socket.write(line + '\n');
}

const server = net.createServer();
server.on('connection', (socket) => {
  remember(socket);
  socket.on('data', (chunk) => broadcast(chunk.toString().trim()));
  socket.on('error', () => forget(socket));
});
server.listen(7070);
