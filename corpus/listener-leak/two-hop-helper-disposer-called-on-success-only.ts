import { EventEmitter } from 'node:events';

// The middle function takes the disposer out of the helper's result but calls it only after
// the race resolves: a conversion that throws leaves its 'stop' listener on `lifecycle`.
export const lifecycle = new EventEmitter();

interface Job {
  convert(): Promise<string>;
  done(out: unknown): void;
  fail(err: unknown): void;
}

function whenStopping(emitter: EventEmitter) {
  let onStop: () => void = () => {};
  const stopping = new Promise<string>((resolve) => {
    onStop = () => resolve('stopping');
    emitter.once('stop', onStop);
  });
  return { stopping, release: () => emitter.removeListener('stop', onStop) };
}

async function convert(emitter: EventEmitter, job: Job) {
  const { stopping, release } = whenStopping(emitter);
  const out = await Promise.race([job.convert(), stopping]);
  release();
  return out;
}

export function startWorker(queue: EventEmitter): void {
  queue.on('job', (job: Job) => {
    convert(lifecycle, job).then((out) => job.done(out), (err) => job.fail(err)); // expect: listener-leak
  });
}
