// Pings a client on an interval; the handle's stop() ends it.
export function keepAlive(ws, everyMs = 20000) {
  const timer = setInterval(() => ws.ping(), everyMs);
  return {
    stop() {
      clearInterval(timer);
    },
  };
}
