// A sample is added every few seconds and none is ever dropped.
import os from 'node:os';

const samples: number[] = []; // expect: unbounded-collection

const timer = setInterval(() => {
  samples.unshift(os.loadavg()[0]);
}, 5_000);
timer.unref();

export function latest(): number | undefined {
  return samples[0];
}
