// The connect deadline is cleared by the named 'connect' handler; the named 'error' handler
// rejects without clearing it, so a failed connect leaves the timer, and the socket, for the
// whole deadline.
import * as net from 'node:net';

export function dial(host: string, port: number, ms = 30_000): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const deadline = setTimeout(() => socket.destroy(new Error(`connect to ${host}:${port} timed out`)), ms); // expect: uncleared-timeout
    const onError = (err: Error) => {
      socket.removeListener('connect', onConnect);
      reject(err);
    };
    const onConnect = () => {
      clearTimeout(deadline);
      socket.removeListener('error', onError);
      resolve(socket);
    };
    socket.once('connect', onConnect);
    socket.once('error', onError);
  });
}
