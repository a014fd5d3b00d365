import { BroadcastChannel } from 'node:worker_threads';
import { WebSocketServer } from 'ws';

// Relays order events from the worker threads to each dashboard socket, closing the channel
// a socket opens when the socket goes.
export function relayOrders(port: number): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (ws) => {
    const orders = new BroadcastChannel('orders');
    orders.onmessage = (event) => ws.send(JSON.stringify((event as { data: unknown }).data));
    ws.on('close', () => orders.close());
  });
  return wss;
}
