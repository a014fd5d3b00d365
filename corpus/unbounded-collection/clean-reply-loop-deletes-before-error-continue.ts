// The same loop, but the entry goes before the reply is looked at: an error reply may
// `continue` to the next line, its entry is already gone.
import net from 'node:net';

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

export class LineRpc {
  private pending = new Map<number, Waiting>();
  private seq = 0;
  private buffer = '';
  private socket: net.Socket;

  constructor(port: number) {
    this.socket = net.connect(port);
    this.socket.setEncoding('utf8');
    this.socket.on('data', (chunk: string) => this.onData(chunk));
  }

  private onData(chunk: string): void {
    const lines = (this.buffer + chunk).split('\n');
    this.buffer = lines.pop() ?? '';
    for (const line of lines) {
      const reply = JSON.parse(line) as { id: number; error?: string; result?: unknown };
      const waiting = this.pending.get(reply.id);
      if (!waiting) continue;
      clearTimeout(waiting.timer);
      this.pending.delete(reply.id);
      if (reply.error) {
        waiting.reject(new Error(reply.error));
        continue;
      }
      waiting.resolve(reply.result);
    }
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out`));
      }, 5000);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.write(`${JSON.stringify({ id, method, params })}\n`);
    });
  }
}
