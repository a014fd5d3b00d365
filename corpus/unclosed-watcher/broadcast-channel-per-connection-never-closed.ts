import { BroadcastChannel } from 'node:worker_threads';
import { WebSocketServer } from 'ws';

// Relays order events from the worker threads to each dashboard socket. The channel a socket
// opens is never closed, so it stays in the process-wide group after the socket is gone.
export function relayOrders(port: number): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (ws) => {
    const orders = new BroadcastChannel('orders'); // expect: unclosed-watcher
    orders.onmessage = (event) => ws.send(JSON.stringify((event as { data: unknown }).data));
  });
  return wss;
}
