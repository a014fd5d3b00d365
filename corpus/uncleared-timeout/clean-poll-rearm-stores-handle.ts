import { fetchQueueDepth } from './metrics';

let pending: ReturnType<typeof setTimeout> | undefined;
let depth = 0;

function sample(): void {
  fetchQueueDepth()
    .then((value) => {
      depth = value;
    })
    .catch(() => undefined);
  pending = setTimeout(sample, 5_000);
}

export function startSampling(): void {
  pending = setTimeout(sample, 5_000);
}

export function stopSampling(): void {
  clearTimeout(pending);
  pending = undefined;
}

export function currentDepth(): number {
  return depth;
}
