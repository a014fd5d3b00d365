import { EventEmitter } from 'node:events';
import type { MessagePort } from 'node:worker_threads';

interface Entry {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class WorkerBridge extends EventEmitter {
  private seq = 0;
  private readonly inflight = new Map<number, Entry>();

  constructor(private readonly port: MessagePort, private readonly timeoutMs = 5000) {
    super();
    port.on('message', (reply: { id: number; error?: string; value?: unknown }) => this.onReply(reply));
  }

  ask(kind: string, payload: unknown): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.inflight.delete(id);
        reject(new Error(`${kind} got no answer in ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.remember(id, { resolve, reject, timer });
      this.port.postMessage({ id, kind, payload });
    });
  }

  private remember(id: number, entry: Entry): void {
    this.inflight.set(id, entry);
  }

  private onReply(reply: { id: number; error?: string; value?: unknown }): void {
    const entry = this.inflight.get(reply.id);
    if (!entry) return;
    this.inflight.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.error) entry.reject(new Error(reply.error));
    else entry.resolve(reply.value);
  }
}
