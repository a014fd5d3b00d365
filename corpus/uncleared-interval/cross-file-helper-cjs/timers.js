// A helper module whose interval is cleared by the stop function it returns.
function startHeartbeat(socket) {
  const timer = setInterval(() => socket.ping(), 30_000);
  return () => clearInterval(timer);
}

function refreshEvery(ms, refresh) {
  setInterval(refresh, ms); // expect: uncleared-interval
}

module.exports = { startHeartbeat, refreshEvery };
