import { fork, type ChildProcess } from 'node:child_process';

interface Job {
  resolve: (html: string) => void;
  reject: (err: Error) => void;
}

class RenderPool {
  private readonly inflight = new Map<number, Job>(); // expect: unbounded-collection
  private seq = 0;
  private readonly child: ChildProcess = fork(new URL('./render-worker.js', import.meta.url));

  constructor() {
    this.child.on('message', (msg: { id: number; error?: string; html?: string }) => this.answer(msg));
  }

  private answer(msg: { id: number; error?: string; html?: string }): void {
    const job = this.inflight.get(msg.id);
    if (!job) return;
    if (msg.error) {
      job.reject(new Error(msg.error));
      return;
    }
    this.inflight.delete(msg.id);
    job.resolve(msg.html ?? '');
  }

  render(template: string, data: object): Promise<string> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.inflight.set(id, { resolve, reject });
      this.child.send({ id, template, data });
    });
  }
}

export const pool = new RenderPool();
