// The same client takes its 'error' listener off the session when the push's stream closes.
import http2, { type ClientHttp2Session } from 'node:http2';

export class PushClient {
  private session?: ClientHttp2Session;

  constructor(private readonly origin: string) {}

  private current(): ClientHttp2Session {
    if (!this.session || this.session.closed) this.session = http2.connect(this.origin);
    return this.session;
  }

  push(path: string, body: string): Promise<number> {
    const session = this.current();
    return new Promise((resolve, reject) => {
      session.once('error', reject);
      const stream = session.request({ ':method': 'POST', ':path': path });
      stream.on('close', () => session.off('error', reject));
      stream.on('response', (headers) => resolve(Number(headers[':status'])));
      stream.on('error', reject);
      stream.end(body);
    });
  }
}
