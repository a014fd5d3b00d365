import { open } from 'node:fs/promises';

export async function openLog(path) {
  const handle = await open(path, 'a');
  const { size } = await handle.stat();
  if (size > 50 * 1024 * 1024) {
    await handle.close();
    return openLog(`${path}.${Date.now()}`);
  }
  return handle;
}
