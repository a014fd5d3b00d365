// A line-protocol client that reconnects when its socket closes. Before it reconnects, the
// 'close' handler fails every call in flight and empties the map: no reply can come for them.
import net from 'node:net';
import readline from 'node:readline';

export class LedgerClient {
  private socket!: net.Socket;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(private readonly port: number) {
    this.connect();
  }

  private connect(): void {
    this.socket = net.createConnection({ port: this.port });
    readline.createInterface({ input: this.socket }).on('line', (line) => {
      const reply = JSON.parse(line) as { seq: number; ok: boolean; body: unknown };
      const caller = this.waiting.get(reply.seq);
      if (!caller) return;
      this.waiting.delete(reply.seq);
      if (reply.ok) caller.resolve(reply.body);
      else caller.reject(new Error(String(reply.body)));
    });
    this.socket.on('close', () => {
      for (const caller of this.waiting.values()) caller.reject(new Error('ledger connection closed'));
      this.waiting.clear();
      setTimeout(() => this.connect(), 500);
    });
  }

  post(entry: unknown): Promise<unknown> {
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.socket.write(`${JSON.stringify({ seq, entry })}\n`);
    });
  }
}
