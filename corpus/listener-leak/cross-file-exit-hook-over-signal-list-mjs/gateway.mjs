import { WebSocketServer } from 'ws';
import { whenStopping } from './drain.mjs';

const wss = new WebSocketServer({ port: 8090 });

// A socket that closes long before the process stops keeps its hook on `process`, and the hook
// keeps the socket.
wss.on('connection', (socket) => {
  whenStopping(() => socket.close(1001, 'restarting')); // expect: listener-leak
  socket.on('message', (data) => socket.send(data));
});

whenStopping(() => wss.close());
