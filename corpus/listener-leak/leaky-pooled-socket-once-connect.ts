// Waiting for 'connect' on the socket of each request: a reused keep-alive socket is already
// connected and never emits it again, so the `once` listener stays on the socket for good.
import { request } from 'node:https';

export function timedRequest(url: string, timeoutMs: number, done: (err: Error | null) => void): void {
  const req = request(url, (res) => {
    res.resume();
    res.on('end', () => done(null));
  });
  let timer: NodeJS.Timeout | undefined = setTimeout(() => req.destroy(new Error('timeout')), timeoutMs);
  req.on('socket', (socket) => {
    socket.once('connect', () => { // expect: listener-leak
      clearTimeout(timer);
      timer = undefined;
    });
  });
  req.end();
}
