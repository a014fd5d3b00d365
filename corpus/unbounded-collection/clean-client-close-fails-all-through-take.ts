// On 'close' the client fails every call in flight through take(), the same method the reply
// and the timeout use, which deletes the entry: nothing is left in the table.
import { createConnection, Socket } from 'node:net';

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class LedgerClient {
  private readonly socket: Socket;
  private readonly waiting = new Map<number, Waiting>();
  private seq = 0;

  constructor(port: number) {
    this.socket = createConnection({ port });
    this.socket.setEncoding('utf8');
    this.socket.on('data', (line: string) => {
      const reply = JSON.parse(line);
      this.take(reply.id)?.resolve(reply.result);
    });
    this.socket.on('close', () => this.failAll(new Error('ledger connection closed')));
  }

  call(method: string): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.take(id)?.reject(new Error(`${method} timed out`)), 5000);
      this.waiting.set(id, { resolve, reject, timer });
      this.socket.write(`${JSON.stringify({ id, method })}\n`);
    });
  }

  private take(id: number): Waiting | undefined {
    const entry = this.waiting.get(id);
    if (!entry) return undefined;
    this.waiting.delete(id);
    clearTimeout(entry.timer);
    return entry;
  }

  private failAll(err: Error): void {
    for (const id of [...this.waiting.keys()]) this.take(id)?.reject(err);
  }
}

export const ledger = new LedgerClient(7420);
