// The timeout gives the call up through the registry too: every call, answered or timed
// out, leaves nothing behind.
import { fork } from 'node:child_process';
import { settle, track, untrack } from './inflight';

const worker = fork(`${__dirname}/resize-worker.js`);
let seq = 0;

worker.on('message', (msg: { id: number; image: Buffer }) => {
  const entry = settle(msg.id);
  if (!entry) return;
  clearTimeout(entry.timer);
  entry.resolve(msg.image);
});

export function resize(image: Buffer, width: number): Promise<Buffer> {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      untrack(id);
      reject(new Error(`resize ${id} timed out`));
    }, 10000);
    track(id, { resolve, timer });
    worker.send({ id, image, width });
  });
}
