// The listener goes on the socket of each request, and comes off through `req.socket` when
// the response ends: the same socket, named through the request.
import { request } from 'node:https';

export function timedRequest(url: string, done: (err: Error | null) => void): void {
  const onEnd = () => done(new Error('remote end closed the socket'));
  const req = request(url, (res) => {
    res.resume();
    res.on('end', () => {
      req.socket?.removeListener('end', onEnd);
      done(null);
    });
  });
  req.once('socket', (socket) => {
    socket.once('end', onEnd);
  });
  req.end();
}
