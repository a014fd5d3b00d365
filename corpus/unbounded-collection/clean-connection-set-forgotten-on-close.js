// Live sockets for broadcasts; every socket is forgotten when it closes, after an error too.
const net = require('net');

const live = new Set();

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
  socket.on('error', (err) => console.warn(err.message));
  socket.on('close', () => forget(socket));
});
server.listen(7070);
