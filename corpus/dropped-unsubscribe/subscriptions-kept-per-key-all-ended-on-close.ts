// The same prices over ws, in TypeScript: the connection's 'close' ends every subscription
// the client still holds.
import { WebSocketServer, WebSocket } from 'ws';
import { Subject, Subscription } from 'rxjs';

export const prices$ = new Subject<number>();
const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (ws: WebSocket) => {
  const subscriptions = new Map<string, Subscription>();
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as { type: string; id: string };
    if (msg.type === 'subscribe') {
      const sub = prices$.subscribe((price) => ws.send(JSON.stringify({ id: msg.id, price })));
      subscriptions.set(msg.id, sub);
    } else if (msg.type === 'unsubscribe') {
      subscriptions.get(msg.id)?.unsubscribe();
      subscriptions.delete(msg.id);
    }
  });
  ws.on('close', () => {
    for (const sub of subscriptions.values()) sub.unsubscribe();
    subscriptions.clear();
  });
});
