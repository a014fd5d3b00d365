// Pings a socket on a timer; the caller keeps the timer and stops it with stopKeepalive().
function startKeepalive(socket, everyMs) {
  return setInterval(() => {
    if (socket.readyState === 1) socket.ping();
  }, everyMs);
}

function stopKeepalive(timer) {
  clearInterval(timer);
}

module.exports = { startKeepalive, stopKeepalive };
