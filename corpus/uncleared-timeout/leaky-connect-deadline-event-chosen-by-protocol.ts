// The ready event depends on the protocol ('secureConnect' over TLS, 'connect' otherwise); the
// deadline is cleared by that event's handler only, so a failed connect leaves it armed, with
// the socket, for the whole deadline.
import * as net from 'node:net';
import * as tls from 'node:tls';

export function open(host: string, port: number, secure: boolean, ms = 20_000): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = secure ? tls.connect({ host, port }) : net.connect({ host, port });
    const ready = secure ? 'secureConnect' : 'connect';
    const deadline = setTimeout(() => socket.destroy(new Error('connect timed out')), ms); // expect: uncleared-timeout
    socket.once(ready, () => {
      clearTimeout(deadline);
      resolve(socket);
    });
    socket.once('error', (err) => reject(err));
  });
}
