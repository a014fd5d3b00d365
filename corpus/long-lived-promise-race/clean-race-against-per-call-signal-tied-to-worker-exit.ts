import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const renderer = new Worker(new URL('./render-worker.js', import.meta.url));
let sequence = 0;

export async function renderMarkdown(source: string): Promise<string> {
  const id = ++sequence;
  const reply = new Promise<string>((resolve) => {
    const onMessage = (msg: { id: number; html: string }) => {
      if (msg.id !== id) return;
      renderer.off('message', onMessage);
      resolve(msg.html);
    };
    renderer.on('message', onMessage);
  });
  renderer.postMessage({ id, source });
  const exited = new AbortController();
  const onExit = () => exited.abort();
  renderer.once('exit', onExit);
  try {
    return await Promise.race([reply, once(exited.signal, 'abort').then(() => '')]);
  } finally {
    renderer.off('exit', onExit);
  }
}

export function markdownRoute(req: { body: string }, res: { send(html: string): void }): void {
  void renderMarkdown(req.body).then((html) => res.send(html));
}
