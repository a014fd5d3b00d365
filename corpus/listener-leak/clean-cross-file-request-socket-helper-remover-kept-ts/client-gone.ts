// Listens on the socket under the request and hands back the only way to stop listening.
import type { IncomingMessage } from 'node:http';

export function whenClientLeaves(req: IncomingMessage, onLeave: () => void): () => void {
  const socket = req.socket;
  socket.on('end', onLeave);
  return () => {
    socket.removeListener('end', onLeave);
  };
}
