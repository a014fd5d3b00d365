// After a WebSocket upgrade the socket belongs to the WebSocket, not to the pool: the client
// reads its raw bytes and listens for its end, once per connection.
import type { IncomingMessage } from 'node:http';

export function adoptUpgradedSocket(response: IncomingMessage, onFrame: (data: Buffer) => void, onGone: () => void): void {
  response.socket.on('data', onFrame);
  response.socket.on('close', onGone);
  response.socket.on('error', onGone);
}
