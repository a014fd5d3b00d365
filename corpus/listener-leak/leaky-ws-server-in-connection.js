// Every connection adds one more 'close' listener to the one server: the listeners (and the
// sockets they close over) pile up for as long as the server runs.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (socket) => {
  wss.on('close', () => socket.terminate()); // expect: listener-leak
  socket.on('message', (data) => socket.send(data));
});
