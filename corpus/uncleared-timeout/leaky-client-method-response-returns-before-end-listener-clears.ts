// A registry client's lookup, called per job: the timeout is cleared only by listeners the
// response callback adds past its redirect branch, which returns first and leaves it pending.
import http from 'node:http';

export class RegistryClient {
  constructor(private readonly host: string, private readonly timeoutMs = 15_000) {}

  manifest(name: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: this.host, path: `/${name}`, method: 'GET' }, (response) => {
        if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400) {
          response.resume();
          return reject(Object.assign(new Error('moved'), { location: response.headers.location }));
        }
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('end', () => {
          clearTimeout(timer);
          resolve(Buffer.concat(chunks));
        });
      });
      const timer = setTimeout(() => request.destroy(new Error(`${name}: timed out`)), this.timeoutMs); // expect: uncleared-timeout
      request.on('error', reject);
      request.end();
    });
  }
}

export async function syncAll(client: RegistryClient, names: string[]): Promise<number> {
  let bytes = 0;
  for (const name of names) {
    bytes += (await client.manifest(name)).length;
  }
  return bytes;
}
