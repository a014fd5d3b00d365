// The export queue: a process-wide emitter that announces each job's end by its id.
import { EventEmitter } from 'events';

class ExportQueue extends EventEmitter {
  private readonly waiting: string[] = [];

  enqueue(id: string): number {
    this.waiting.push(id);
    setImmediate(() => this.run());
    return this.waiting.length;
  }

  private run(): void {
    const id = this.waiting.shift();
    if (id === undefined) return;
    if (Math.random() < 0.9) this.emit(`done:${id}`, { url: `/exports/${id}.csv` });
    else this.emit(`failed:${id}`, new Error('export failed'));
  }
}

export const exportQueue = new ExportQueue();
