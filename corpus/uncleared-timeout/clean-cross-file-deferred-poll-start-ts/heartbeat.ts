// The same ping loop, which also stops once its socket is no longer open.
import type { WebSocket } from 'ws';

const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

export function keepPinging(ws: WebSocket, everyMs = 20_000): void {
  const tick = () => {
    if (shutdown.signal.aborted || ws.readyState !== ws.OPEN) return;
    ws.ping();
    setTimeout(tick, everyMs);
  };
  setTimeout(tick, everyMs);
}
