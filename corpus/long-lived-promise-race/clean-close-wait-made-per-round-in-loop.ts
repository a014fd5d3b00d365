// The twin: every round spawns its own worker and waits for that worker's own exit, a
// promise that settles with the round.
import { fork } from 'node:child_process';
import { once } from 'node:events';

export async function renderAll(pages: string[]): Promise<void> {
  for (const page of pages) {
    const child = fork('./render-page.js', [page]);
    const exited = once(child, 'exit');
    const failed = once(child, 'error').then(([err]) => { throw err; });
    await Promise.race([exited, failed]);
  }
}
