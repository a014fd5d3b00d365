// One render worker per job; the disposer it hands back doubles as the SIGINT hook, but running
// it early (job done) leaves the hook, and the worker it closes over, on process.
import { Worker } from 'node:worker_threads';

export function startRenderWorker(jobId: string): () => Promise<number> {
  const worker = new Worker(new URL('./render.js', import.meta.url), { workerData: { jobId } });
  async function dispose(): Promise<number> {
    return worker.terminate();
  }
  process.once('SIGINT', dispose); // expect: listener-leak
  return dispose;
}
