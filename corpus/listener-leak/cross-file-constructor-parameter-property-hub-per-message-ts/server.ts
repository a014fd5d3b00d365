// Every 'follow' message from a client adds one more listener to the module's hub, holding the
// client's socket, and nothing takes it off when the client disconnects.
import { EventEmitter } from 'node:events';
import { WebSocketServer } from 'ws';
import { PresenceTracker } from './presence';

const hub = new EventEmitter();
const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (socket) => {
  const tracker = new PresenceTracker(hub, 'lobby');
  socket.on('message', (raw) => {
    const { userId } = JSON.parse(String(raw));
    tracker.follow(userId, (status) => socket.send(status)); // expect: listener-leak
  });
});

export { hub };
