// The twin: the handler clears the deadline as it takes the call out, before it tells an
// error reply from a good one and returns early for the error.
type Call = { resolve(v: unknown): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> };

export class Channel {
  private readonly calls = new Map<number, Call>();
  private next = 1;

  constructor(private readonly transport: { send(frame: object): void }) {}

  invoke(method: string, payload: unknown, deadlineMs = 60_000): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.calls.delete(id);
        reject(new Error(`${method}: deadline exceeded`));
      }, deadlineMs);
      this.calls.set(id, { resolve, reject, timer });
      this.transport.send({ id, method, payload });
    });
  }

  onFrame(frame: { id: number; status: string; message?: string; payload?: unknown }): void {
    const call = this.calls.get(frame.id);
    if (!call) return;
    this.calls.delete(frame.id);
    clearTimeout(call.timer);
    if (frame.status !== 'ok') {
      call.reject(new Error(frame.message));
      return;
    }
    call.resolve(frame.payload);
  }
}
