import { WebSocketServer, WebSocket } from 'ws';

const wss = new WebSocketServer({ port: 8090 });
const listeners = new Map<WebSocket, Set<string>>(); // expect: unbounded-collection

wss.on('connection', (ws: WebSocket) => {
  listeners.set(ws, new Set());
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
    if (msg.type === 'follow') listeners.get(ws)?.add(msg.topic);
  });
  ws.on('unsubscribe-all', () => {
    listeners.delete(ws);
  });
});

export function publish(topic: string, payload: unknown) {
  for (const [ws, topics] of listeners) if (topics.has(topic)) ws.send(JSON.stringify({ topic, payload }));
}
