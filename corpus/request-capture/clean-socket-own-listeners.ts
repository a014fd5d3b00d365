// A connection's listeners on the connection itself, and a room it leaves on close.
import { WebSocketServer, WebSocket } from 'ws';
import { EventEmitter } from 'node:events';

const wss = new WebSocketServer({ port: 8086 });
const room = new EventEmitter();

wss.on('connection', (socket: WebSocket) => {
  socket.on('message', (data) => socket.send(data));
  const relay = (text: string) => socket.send(text);
  room.on('say', relay);
  socket.on('close', () => room.removeListener('say', relay));
});
