import type { IncomingMessage } from 'http';

// Calls `onGone` when the client goes away. The socket under a request outlives it when the
// connection is kept alive, so every request adds one more listener to the same socket.
export function whenClientLeaves(req: IncomingMessage, onGone: () => void): void {
  req.socket.on('close', onGone);
}
