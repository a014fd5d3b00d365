// The lock keeps the remover its exit hook returns and calls it when the lock is released, so
// the registry holds hooks only for the locks still held.
import fs from 'node:fs';
import { onExit } from 'signal-exit';

export function takeLock(file: string): () => void {
  fs.writeFileSync(file, String(process.pid));
  const removeHook = onExit(() => fs.rmSync(file, { force: true }));
  return () => {
    removeHook();
    fs.rmSync(file, { force: true });
  };
}
