// A render farm client waits for 'render.done' or 'render.failed' from the farm's event bus.
// Only the done listener forgets the job; a failed render stays in `waiting` for good.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

type Waiter = { resolve: (url: string) => void; reject: (e: Error) => void };

export class RenderClient {
  private waiting = new Map<string, Waiter>(); // expect: unbounded-collection

  constructor(private bus: EventEmitter) {
    bus.on('render.done', this.onDone);
    bus.on('render.failed', this.onFailed);
  }

  private onDone = (job: string, url: string) => {
    this.waiting.get(job)?.resolve(url);
    this.waiting.delete(job);
  };

  private onFailed = (job: string, reason: string) => {
    this.waiting.get(job)?.reject(new Error(reason));
  };

  render(scene: object): Promise<string> {
    const id = randomUUID();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.bus.emit('render.request', id, scene);
    });
  }

  dispose(): void {
    this.bus.off('render.done', this.onDone);
    this.bus.off('render.failed', this.onFailed);
  }
}
