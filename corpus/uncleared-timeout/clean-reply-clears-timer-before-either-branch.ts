// The twin of the client whose reply handler clears the timer in one branch: here the timer
// is cleared as the entry is taken out, before the reply is told apart, so both branches are
// done with it.
interface Pending { resolve(value: unknown): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }

export class RpcChannel {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly socket: { send(data: string): void; on(event: 'message', fn: (raw: string) => void): void }) {
    socket.on('message', (raw) => this.receive(JSON.parse(raw)));
  }

  call(method: string, params: unknown): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out`));
      }, 15_000);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  private receive(reply: { id: number; result?: unknown; error?: string }): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.error === undefined) {
      entry.resolve(reply.result);
    } else {
      entry.reject(new Error(reply.error));
    }
  }
}
