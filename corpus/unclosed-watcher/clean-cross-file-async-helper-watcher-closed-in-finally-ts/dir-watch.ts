import fs from 'node:fs';
import { access } from 'node:fs/promises';

export async function watchDir(dir: string): Promise<{ touched: Set<string>; close: () => void }> {
  const watcher = fs.watch(dir, { recursive: true });
  const touched = new Set<string>();
  watcher.on('change', (_event, file) => touched.add(String(file)));
  try {
    await access(dir);
  } catch (err) {
    watcher.close();
    throw err;
  }
  return { touched, close: () => watcher.close() };
}
