// The TypeScript form: the registered handler is removed, and the removal of another handler
// beside it takes nothing down, so no listener stays.
import type { EventEmitter } from 'events';

export function watchOnce(source: EventEmitter, job: EventEmitter): () => void {
  const onSourceDone = () => undefined;
  const onJobDone = () => undefined;
  source.on('done', onSourceDone);
  job.on('done', onJobDone);
  return () => {
    source.off('done', onSourceDone);
    source.off('done', onJobDone);
    job.off('done', onJobDone);
  };
}
