// Sockets are remembered on connect and forgotten on close.
import { WebSocketServer, WebSocket } from 'ws';

const wss = new WebSocketServer({ port: 8091 });
const clients = new Set<WebSocket>();

wss.on('connection', (socket: WebSocket) => {
  clients.add(socket);
  socket.on('close', () => clients.delete(socket));
});
