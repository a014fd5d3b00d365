import { createServer } from 'node:net';
import { Session } from './session';

// Each connection makes its own session and starts it once; 'close' ends it on every way out.
export const server = createServer((socket) => {
  const session = new Session(socket);
  session.start();
  socket.on('close', () => session.end());
});
