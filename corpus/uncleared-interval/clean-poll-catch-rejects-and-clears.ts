// Waits for a file to appear by polling; a failed stat rejects and clears the interval, so
// no path leaves it running. A naive matcher sees the clear under a condition only.
import { promises as fs } from 'fs';

export function waitForFile(path: string, everyMs = 200): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(async () => {
      try {
        const info = await fs.stat(path);
        if (info.size > 0) {
          clearInterval(timer);
          resolve();
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          clearInterval(timer);
          reject(error);
        }
      }
    }, everyMs);
  });
}
