// A listener added right before the socket is destroyed dies with it.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ noServer: true });

wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    if (data.length > 1 << 20) {
      socket.on('error', () => {});
      socket.terminate();
      return;
    }
    socket.send(data);
  });
});
