// Waits for a file to appear by polling. A failed stat rejects the promise, ending the
// wait, but the interval keeps polling; each call that fails leaves one behind.
import { promises as fs } from 'fs';

export function waitForFile(path: string, everyMs = 200): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(async () => { // expect: uncleared-interval
      try {
        const info = await fs.stat(path);
        if (info.size > 0) {
          clearInterval(timer);
          resolve();
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') reject(error);
      }
    }, everyMs);
  });
}
