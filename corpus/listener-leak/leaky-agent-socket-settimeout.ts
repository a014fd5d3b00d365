// A client arms a socket timeout with a callback on every request's socket; the keep-alive
// agent hands the same sockets out again, each time with one more 'timeout' listener.
import https from 'node:https';

const agent = new https.Agent({ keepAlive: true });

export function probe(url: string): void {
  const req = https.get(url, { agent }, (res) => res.resume());
  req.on('socket', (socket) => {
    socket.setTimeout(2_000, () => req.destroy(new Error(`no answer from ${url}`))); // expect: listener-leak
  });
}
