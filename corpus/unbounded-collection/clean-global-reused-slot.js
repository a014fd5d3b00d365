// The same reuse-or-create idiom, but every entry goes when its socket closes, and a second
// slot holds settings under fixed names only.
const http = require('http');

global.liveSockets = global.liveSockets || new Map();
globalThis.settings = globalThis.settings || {};

const server = http.createServer((req, res) => res.end('ok'));

server.on('connection', (socket) => {
  const id = `${socket.remoteAddress}:${socket.remotePort}`;
  global.liveSockets.set(id, socket);
  socket.on('close', () => global.liveSockets.delete(id));
  globalThis.settings.lastConnection = Date.now();
});

server.listen(8080);
