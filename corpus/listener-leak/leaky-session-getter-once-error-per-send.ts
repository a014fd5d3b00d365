// One HTTP/2 session serves every push, handed out by a getter that keeps it. Each push
// waits for the session's 'error' with `once`, which only a failing session ever emits.
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
      session.once('error', reject); // expect: listener-leak
      const stream = session.request({ ':method': 'POST', ':path': path });
      stream.on('response', (headers) => resolve(Number(headers[':status'])));
      stream.on('error', reject);
      stream.end(body);
    });
  }
}
