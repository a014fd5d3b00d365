// A helper module whose interval is cleared by the stop function it returns.
function startHeartbeat(socket) {
  const timer = setInterval(() => socket.ping(), 30_000);
  return () => clearInterval(timer);
}

function refreshEvery(ms, refresh) {
  setInterval(refresh, ms); // reported at the caller that repeats it (sockets.js), not here too
}

module.exports = { startHeartbeat, refreshEvery };
