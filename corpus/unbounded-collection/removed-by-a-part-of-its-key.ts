import { WebSocketServer, type WebSocket } from 'ws';
import { randomUUID } from 'node:crypto';

const wss = new WebSocketServer({ port: 8097 });
const peers = new Map<string, { ws: WebSocket; room: string }>(); // expect: unbounded-collection

wss.on('connection', (ws, req) => {
  const room = new URL(req.url ?? '/', 'http://localhost').searchParams.get('room') ?? 'lobby';
  const peerId = randomUUID();
  const slot = `${room}:${peerId}`;
  peers.set(slot, { ws, room });
  ws.on('close', () => {
    peers.delete(peerId);
  });
});
