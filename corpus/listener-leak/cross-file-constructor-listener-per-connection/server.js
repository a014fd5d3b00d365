// Every dashboard connection makes a feed on the shared bus and never stops it: each closed
// connection leaves its listener, and its socket, on the bus.
const { WebSocketServer } = require('ws');
const { bus } = require('./bus');
const { LiveFeed } = require('./feed');

const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (socket) => {
  const feed = new LiveFeed(bus, socket); // expect: listener-leak
  socket.on('message', (raw) => bus.emit('command', String(raw), feed));
});
