// The same pool removes each task's listener once its answer comes.
import { Worker } from 'node:worker_threads';
import express from 'express';

class TaskPool {
  private readonly workers: Worker[];
  private next = 0;
  private seq = 0;

  constructor(script: string, size: number) {
    this.workers = Array.from({ length: size }, () => new Worker(script));
  }

  run(payload: unknown): Promise<unknown> {
    const worker = this.workers[this.next++ % this.workers.length];
    const id = ++this.seq;
    return new Promise((resolve) => {
      const onMessage = (msg: { id: number; result: unknown }) => {
        if (msg.id !== id) return;
        worker.off('message', onMessage);
        resolve(msg.result);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, payload });
    });
  }
}

const pool = new TaskPool('./resize-worker.js', 4);
export const app = express();
app.post('/resize', express.json(), async (req, res) => {
  res.json(await pool.run(req.body));
});
