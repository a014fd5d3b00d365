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
  return Promise.race([reply, once(renderer, 'exit').then(() => '')]);
}

export function markdownRoute(req: { body: string }, res: { send(html: string): void }): void {
  void renderMarkdown(req.body).then((html) => res.send(html)); // expect: long-lived-promise-race
}
