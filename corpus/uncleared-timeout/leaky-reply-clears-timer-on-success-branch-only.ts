// A class client keeps each request's deadline in its entry; the reply handler takes the
// entry out and clears the deadline only when the reply is ok, so every failed reply leaves
// its timer (and the request's closure) pending for the whole deadline.
type Entry = { resolve(v: unknown): void; reject(e: Error): void; deadline: NodeJS.Timeout };

export class QueueClient {
  private readonly waiting = new Map<string, Entry>();

  constructor(private readonly transport: { publish(msg: object): void }) {}

  request(id: string, body: object): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(() => { // expect: uncleared-timeout
        this.waiting.delete(id);
        reject(new Error('deadline exceeded'));
      }, 30_000);
      this.waiting.set(id, { resolve, reject, deadline });
      this.transport.publish({ id, body });
    });
  }

  onReply(reply: { id: string; ok: boolean; data?: unknown; reason?: string }): void {
    const entry = this.waiting.get(reply.id);
    if (!entry) return;
    this.waiting.delete(reply.id);
    if (reply.ok) {
      clearTimeout(entry.deadline);
      entry.resolve(reply.data);
    } else {
      entry.reject(new Error(reply.reason ?? 'failed'));
    }
  }
}
