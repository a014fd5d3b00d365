// Every dashboard connection stops its feed when the socket closes, and the feed for the
// operators' console is made once, at start-up.
const { WebSocketServer } = require('ws');
const { bus } = require('./bus');
const { LiveFeed } = require('./feed');

const wss = new WebSocketServer({ port: 8090 });
const consoleFeed = new LiveFeed(bus, { send: (line) => process.stdout.write(`${line}\n`) });

wss.on('connection', (socket) => {
  const feed = new LiveFeed(bus, socket);
  socket.on('message', (raw) => bus.emit('command', String(raw), feed));
  socket.on('close', () => feed.stop());
});

process.on('SIGTERM', () => consoleFeed.stop());
