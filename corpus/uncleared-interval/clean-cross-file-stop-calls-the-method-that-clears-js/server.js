// Each connection's ticker is stopped when the socket closes.
const { WebSocketServer } = require('ws');
const { Ticker } = require('./ticker');

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (socket) => {
  const ticker = new Ticker(socket);
  ticker.start();
  socket.on('close', () => ticker.stop());
});
