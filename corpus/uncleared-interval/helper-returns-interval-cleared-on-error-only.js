'use strict';

function keepAlive(socket, everyMs = 15000) {
  socket.alive = true;
  socket.on('pong', () => { socket.alive = true; });

  const timer = setInterval(() => { // expect: uncleared-interval
    if (!socket.alive) return socket.terminate();
    socket.alive = false;
    socket.ping();
  }, everyMs);

  socket.on('error', () => clearInterval(timer));
  return timer;
}

module.exports = { keepAlive };
