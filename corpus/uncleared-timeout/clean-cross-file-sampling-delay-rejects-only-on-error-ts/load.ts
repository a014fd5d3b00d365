// Measures CPU load by reading the counters twice, a moment apart. The timer is the measure's
// own wait, not a deadline: only a failure to start settles the promise before it.
import * as os from 'node:os';

export function sampleLoad(ms = 100): Promise<number[]> {
  return new Promise((resolve, reject) => {
    try {
      const before = os.cpus().map((cpu) => cpu.times);
      setTimeout(() => {
        const after = os.cpus().map((cpu) => cpu.times);
        resolve(after.map((t, i) => 1 - (t.idle - before[i].idle) / (t.user + t.sys + t.idle - before[i].user - before[i].sys - before[i].idle)));
      }, ms);
    } catch (err) {
      reject(err);
    }
  });
}
