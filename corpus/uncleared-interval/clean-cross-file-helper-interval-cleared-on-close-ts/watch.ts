import type { WebSocket } from 'ws';

// Sends a client its job's progress until the socket closes or reading the progress fails.
export function watchProgress(ws: WebSocket, read: () => Promise<number>): void {
  const poll = setInterval(() => {
    read()
      .then((pct) => ws.send(JSON.stringify({ pct })))
      .catch(() => clearInterval(poll));
  }, 1000);
  ws.once('close', () => clearInterval(poll));
}
