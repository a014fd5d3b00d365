// A long-lived RPC client. Each call keeps its settle functions under a fresh id; the reply
// deletes the entry, but the timeout goes through `fail()`, which rejects and clears the timer
// while leaving the entry in the map.
interface Waiting {
  timer: NodeJS.Timeout;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class RpcClient {
  private waiting = new Map<number, Waiting>(); // expect: unbounded-collection
  private nextId = 0;

  constructor(private readonly link: { send(frame: string): void }) {}

  call(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(id, 'timed out'), 10_000);
      this.waiting.set(id, { timer, resolve, reject });
      this.link.send(JSON.stringify({ id, method, params }));
    });
  }

  receive(raw: string): void {
    const frame = JSON.parse(raw) as { id: number; result: unknown };
    const entry = this.waiting.get(frame.id);
    if (!entry) return;
    this.waiting.delete(frame.id);
    clearTimeout(entry.timer);
    entry.resolve(frame.result);
  }

  private fail(id: number, reason: string): void {
    const entry = this.waiting.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.reject(new Error(`call ${id} ${reason}`));
  }
}
