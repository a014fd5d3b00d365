// Sockets are remembered on connect but never forgotten on close.
import { WebSocketServer, WebSocket } from 'ws';

const wss = new WebSocketServer({ port: 8081 });
const clients = new Set<WebSocket>();

wss.on('connection', (socket: WebSocket) => {
  clients.add(socket); // the captured request is part of the container's finding (one cause) // expect: request-capture
  socket.on('message', (data) => {
    for (const other of clients) {
      if (other !== socket) other.send(data);
    }
  });
});
