import { fetchQueueDepth } from './metrics';

let pending: ReturnType<typeof setTimeout> | undefined;
let sampling = false;
let depth = 0;

function sample(): void {
  if (!sampling) return;
  fetchQueueDepth()
    .then((value) => {
      depth = value;
    })
    .catch(() => undefined);
  setTimeout(sample, 5_000);
}

export function startSampling(): void {
  sampling = true;
  pending = setTimeout(sample, 5_000);
}

export function stopSampling(): void {
  sampling = false;
  clearTimeout(pending);
  pending = undefined;
}

export function currentDepth(): number {
  return depth;
}
