// Pings a socket every interval, first after one interval; only a process-wide shutdown stops it.
import type { WebSocket } from 'ws';

const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

export function keepPinging(ws: WebSocket, everyMs = 20_000): void {
  const tick = () => {
    if (shutdown.signal.aborted) return;
    ws.ping();
    setTimeout(tick, everyMs);
  };
  setTimeout(tick, everyMs);
}
