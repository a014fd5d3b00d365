// Resolves when a file appears in a folder, or rejects after a deadline. The watcher it opens
// in the promise's executor is closed on no path.
import fs from "node:fs";
import path from "node:path";

export function waitForFile(dir: string, name: string, ms = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const watcher = fs.watch(dir, (event, file) => {
      if (file === name) {
        clearTimeout(timer);
        resolve(path.join(dir, name));
      }
    });
    watcher.on("error", reject);
    const timer = setTimeout(() => reject(new Error(`${name} did not appear in ${dir}`)), ms);
  });
}
