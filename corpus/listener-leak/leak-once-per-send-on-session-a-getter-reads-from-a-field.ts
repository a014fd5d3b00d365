import * as http2 from 'node:http2';

export class Relay {
  private session: http2.ClientHttp2Session | null = null;

  constructor(private readonly origin: string) {}

  private connection(): http2.ClientHttp2Session {
    const existing = this.session;
    if (existing && !existing.closed) return existing;
    const fresh = http2.connect(this.origin);
    fresh.on('close', () => {
      if (this.session === fresh) this.session = null;
    });
    this.session = fresh;
    return fresh;
  }

  post(path: string, body: string): Promise<number> {
    const session = this.connection();
    return new Promise((resolve, reject) => {
      const stream = session.request({ ':method': 'POST', ':path': path });
      session.once('error', reject); // expect: listener-leak
      stream.on('response', (headers) => resolve(Number(headers[':status'])));
      stream.on('error', reject);
      stream.end(body);
    });
  }
}
