// The render client forgets a job on either reply, and the progress listener only reads
// the table: a failure reply removes its entry like a success does.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

type Waiter = { resolve: (url: string) => void; reject: (e: Error) => void; progress: number };

export class RenderClient {
  private waiting = new Map<string, Waiter>();

  constructor(private bus: EventEmitter) {
    bus.on('render.done', this.onDone);
    bus.on('render.failed', this.onFailed);
    bus.on('render.progress', this.onProgress);
  }

  private onDone = (job: string, url: string) => {
    this.waiting.get(job)?.resolve(url);
    this.waiting.delete(job);
  };

  private onFailed = (job: string, reason: string) => {
    const waiter = this.waiting.get(job);
    this.waiting.delete(job);
    waiter?.reject(new Error(reason));
  };

  private onProgress = (job: string, percent: number) => {
    const waiter = this.waiting.get(job);
    if (waiter) waiter.progress = percent;
  };

  render(scene: object): Promise<string> {
    const id = randomUUID();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, progress: 0 });
      this.bus.emit('render.request', id, scene);
    });
  }

  dispose(): void {
    this.bus.off('render.done', this.onDone);
    this.bus.off('render.failed', this.onFailed);
    this.bus.off('render.progress', this.onProgress);
  }
}
