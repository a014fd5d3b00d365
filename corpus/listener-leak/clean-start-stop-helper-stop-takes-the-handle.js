// start() listens on the socket it is handed and returns its timer; stop() takes that timer,
// not the socket, which ends with its connection anyway.
function startKeepalive(ws, everyMs) {
  let answered = true;
  ws.on('pong', () => {
    answered = true;
  });
  return setInterval(() => {
    if (!answered) return ws.terminate();
    answered = false;
    ws.ping();
  }, everyMs);
}

function stopKeepalive(timer) {
  clearInterval(timer);
}

module.exports = { startKeepalive, stopKeepalive };
