import { WebSocketServer } from 'ws';
import { unwatchLiveness, watchLiveness } from './liveness';

export function listen(port: number): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (socket) => {
    watchLiveness(socket);
    socket.on('close', () => unwatchLiveness(socket));
  });
  return wss;
}
