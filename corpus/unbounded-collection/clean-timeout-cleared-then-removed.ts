// The same client, removing the entry before it looks at the outcome.
import { randomUUID } from 'node:crypto';

interface Waiting {
  resolve(result: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class JobClient {
  private readonly waiting: Record<string, Waiting> = {};

  constructor(private readonly channel: { send(message: unknown): void }) {}

  onReply(message: { correlationId: string; error?: string; result?: unknown }): void {
    const entry = this.waiting[message.correlationId];
    if (!entry) return;
    clearTimeout(entry.timer);
    delete this.waiting[message.correlationId];
    if (message.error) {
      entry.reject(new Error(message.error));
      return;
    }
    entry.resolve(message.result);
  }

  submit(job: unknown): Promise<unknown> {
    const correlationId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        delete this.waiting[correlationId];
        reject(new Error('job timed out'));
      }, 30_000);
      this.waiting[correlationId] = { resolve, reject, timer };
      this.channel.send({ correlationId, job });
    });
  }
}
