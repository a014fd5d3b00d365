// The same lookups, in TypeScript: both outcomes take the listener off, through a helper
// that checks the socket was assigned at all.
import https from 'https';
import type { Socket } from 'net';

const agent = new https.Agent({ keepAlive: true, maxSockets: 16 });

export function fetchPrice(sku: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: 'prices.internal', path: `/v2/price/${sku}`, agent });
    let conn: Socket | null = null;
    const onClosed = () => reject(new Error(`connection lost while pricing ${sku}`));
    const detach = () => {
      if (conn) conn.removeListener('close', onClosed);
    };
    req.on('socket', (s: Socket) => {
      conn = s;
      conn.on('close', onClosed);
    });
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        detach();
        res.resume();
        return reject(new Error(`price service answered ${res.statusCode}`));
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => {
        detach();
        resolve(JSON.parse(body));
      });
    });
    req.on('error', reject);
    req.end();
  });
}
