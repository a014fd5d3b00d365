// Each connection attempt hangs a listener on the process-wide shutdown signal; a failed
// attempt goes round the loop without taking it off, so every retry adds one more.
import WebSocket from 'ws';
import { setTimeout as sleep } from 'node:timers/promises';

const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export async function connect(url: string): Promise<WebSocket> {
  for (let attempt = 1; !shutdown.signal.aborted; attempt += 1) {
    let ws: WebSocket | undefined;
    const onShutdown = () => ws?.close(1001);
    shutdown.signal.addEventListener('abort', onShutdown); // expect: listener-leak
    try {
      ws = await open(url);
      ws.once('close', () => shutdown.signal.removeEventListener('abort', onShutdown));
      return ws;
    } catch {
      await sleep(Math.min(60_000, 500 * 2 ** attempt));
    }
  }
  throw new Error('shutting down');
}
