// The TLS handshake time is recorded only when the socket is new; the registration sits inside
// the check, so a reused socket gets nothing.
import https from 'node:https';
import type { TLSSocket } from 'node:tls';

const agent = new https.Agent({ keepAlive: true });

export function ping(host: string, onHandshake: (ms: number) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const req = https.get({ host, path: '/health', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('socket', (socket: TLSSocket) => {
      if (socket.connecting) {
        socket.once('secureConnect', () => onHandshake(Date.now() - started));
      }
    });
    req.on('error', reject);
  });
}
