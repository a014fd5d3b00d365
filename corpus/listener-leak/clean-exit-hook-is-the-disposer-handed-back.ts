// One render worker per job; the disposer takes its SIGINT hook off before it ends the worker.
import { Worker } from 'node:worker_threads';

export function startRenderWorker(jobId: string): () => Promise<number> {
  const worker = new Worker(new URL('./render.js', import.meta.url), { workerData: { jobId } });
  async function dispose(): Promise<number> {
    process.removeListener('SIGINT', dispose);
    return worker.terminate();
  }
  process.once('SIGINT', dispose);
  return dispose;
}
