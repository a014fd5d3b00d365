import { WebSocketServer } from 'ws';
import { whenStopping } from './drain.mjs';

const wss = new WebSocketServer({ port: 8090 });

// Each socket takes its hook off `process` when it closes.
wss.on('connection', (socket) => {
  const forget = whenStopping(() => socket.close(1001, 'restarting'));
  socket.on('close', forget);
  socket.on('message', (data) => socket.send(data));
});

whenStopping(() => wss.close());
