import { createServer } from 'node:net';
import { Session } from './session';

// Each connection makes its own session, but every 'resume' message starts it again: each
// start after the first overwrites the handle of a running keepalive, which end() never clears.
export const server = createServer((socket) => {
  const session = new Session(socket);
  socket.on('data', (chunk) => {
    if (chunk.toString().trim() === 'resume') session.start(); // expect: uncleared-interval
  });
  socket.on('close', () => session.end());
});
