// The connection's 'close' rejects every query in flight but leaves each one in the map; the
// client reconnects and goes on, so every disconnect adds its pending queries for good.
import net from 'node:net';
import { EventEmitter } from 'node:events';

type InFlight = { resolve: (rows: unknown[]) => void; reject: (err: Error) => void };

export class WireClient extends EventEmitter {
  private socket?: net.Socket;
  private readonly inflight = new Map<number, InFlight>(); // expect: unbounded-collection
  private tag = 0;

  constructor(private readonly port: number) {
    super();
    this.connect();
  }

  private connect(): void {
    const sock = net.connect(this.port);
    this.socket = sock;
    sock.on('data', (chunk) => {
      const frame = JSON.parse(String(chunk)) as { tag: number; rows: unknown[] };
      const query = this.inflight.get(frame.tag);
      if (!query) return;
      this.inflight.delete(frame.tag);
      query.resolve(frame.rows);
    });
    sock.on('close', () => {
      for (const query of this.inflight.values()) query.reject(new Error('connection closed'));
      setTimeout(() => this.connect(), 1000);
    });
  }

  query(sql: string): Promise<unknown[]> {
    const tag = ++this.tag;
    return new Promise((resolve, reject) => {
      this.inflight.set(tag, { resolve, reject });
      this.socket?.write(`${JSON.stringify({ tag, sql })}\n`);
    });
  }
}
