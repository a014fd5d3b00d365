// A request/reply client: each call's entry goes when the reply comes or when its timeout
// fires. When sending fails, the callback clears the timeout and rejects, but leaves the
// entry, which nothing will now remove.
import WebSocket from 'ws';

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class RpcClient {
  private readonly waiting = new Map<number, Waiting>(); // expect: unbounded-collection
  private lastId = 0;

  constructor(private readonly socket: WebSocket) {
    socket.on('message', (raw) => {
      const reply = JSON.parse(raw.toString());
      const entry = this.waiting.get(reply.id);
      if (!entry) return;
      this.waiting.delete(reply.id);
      clearTimeout(entry.timer);
      entry.resolve(reply.result);
    });
  }

  call(method: string, params: unknown): Promise<unknown> {
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${method} timed out`));
      }, 5_000);
      this.waiting.set(id, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ id, method, params }), (error) => {
        if (!error) return;
        clearTimeout(timer);
        reject(error);
      });
    });
  }
}
