// `agent: false` gives the request a socket of its own: nothing reuses it after the request.
import http from 'node:http';

export function probe(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host, path: '/health', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('socket', (socket) => {
      socket.on('timeout', () => req.destroy());
    });
    req.on('error', reject);
  });
}
