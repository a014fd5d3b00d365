import type { WebSocket } from 'ws';

// Sends a client its job's progress; the poll ends only when reading the progress fails.
export function watchProgress(ws: WebSocket, read: () => Promise<number>): void {
  const poll = setInterval(() => {
    read()
      .then((pct) => ws.send(JSON.stringify({ pct })))
      .catch(() => clearInterval(poll));
  }, 1000);
}
