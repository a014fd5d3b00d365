// Each connection starts a liveness loop and throws away the function that would end it: the
// loop keeps the socket (and everything its callback reaches) after the client is gone.
const { WebSocketServer } = require('ws');

function watchLiveness(socket, intervalMs) {
  let running = true;
  function check() {
    if (!running) return;
    socket.ping();
    setTimeout(check, intervalMs);
  }
  setTimeout(check, intervalMs);
  return function stop() {
    running = false;
  };
}

const server = new WebSocketServer({ port: 8080 });
server.on('connection', (socket) => {
  watchLiveness(socket, 30_000); // expect: uncleared-timeout
  socket.on('message', (data) => socket.send(data));
});
