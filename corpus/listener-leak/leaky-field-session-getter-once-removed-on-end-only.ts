import http2, { type ClientHttp2Session } from 'node:http2';

/** One multiplexed HTTP/2 session to the ledger service, reopened when it closes. */
export class LedgerClient {
  private session: ClientHttp2Session | null = null;

  constructor(private readonly origin: string) {}

  private connection(): ClientHttp2Session {
    if (this.session && !this.session.closed) return this.session;
    const fresh = http2.connect(this.origin);
    fresh.on('error', () => fresh.destroy());
    this.session = fresh;
    return fresh;
  }

  post(path: string, body: object): Promise<string> {
    const session = this.connection();
    return new Promise((resolve, reject) => {
      const onGoaway = () => reject(new Error('ledger closed the session'));
      session.once('goaway', onGoaway); // expect: listener-leak
      const stream = session.request({ ':method': 'POST', ':path': path, 'content-type': 'application/json' });
      const parts: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => parts.push(chunk));
      stream.on('end', () => {
        session.off('goaway', onGoaway);
        resolve(Buffer.concat(parts).toString('utf8'));
      });
      stream.on('error', reject);
      stream.end(JSON.stringify(body));
    });
  }
}
