import https from 'node:https';
import type { Socket } from 'node:net';

const agent = new https.Agent({ keepAlive: true, maxSockets: 32 });
const STALL_MS = 8000;

export function fetchManifest(host: string, path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let socket: Socket | null = null;
    const onStall = () => request.destroy(new Error(`no bytes from ${host}${path} for ${STALL_MS} ms`));
    const detach = () => socket?.removeListener('timeout', onStall);

    const request = https.get({ host, path, agent }, (response) => {
      if (response.statusCode === 304) {
        detach();
        response.resume();
        resolve(null);
        return;
      }
      let raw = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { raw += chunk; });
      response.on('end', () => {
        detach();
        resolve(JSON.parse(raw));
      });
    });

    request.on('socket', (s: Socket) => {
      socket = s;
      s.setTimeout(STALL_MS);
      s.on('timeout', onStall);
    });
    request.on('error', (err) => {
      detach();
      reject(err);
    });
  });
}
