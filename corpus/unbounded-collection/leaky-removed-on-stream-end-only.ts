// A long-lived client keeps each request's stream until it ends; a stream that is reset or
// fails closes without 'end', and its entry (with the stream) stays in the map.
import http2, { type ClientHttp2Session, type ClientHttp2Stream } from 'node:http2';

export class UpstreamClient {
  private readonly session: ClientHttp2Session;
  private readonly open = new Map<number, ClientHttp2Stream>(); // expect: unbounded-collection
  private nextId = 1;

  constructor(origin: string) {
    this.session = http2.connect(origin);
  }

  fetchText(path: string): Promise<string> {
    const id = this.nextId++;
    const stream = this.session.request({ ':path': path });
    this.open.set(id, stream);
    return new Promise((resolve, reject) => {
      let body = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (body += chunk));
      stream.on('end', () => {
        this.open.delete(id);
        resolve(body);
      });
      stream.on('error', reject);
    });
  }
}
