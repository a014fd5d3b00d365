// Tasks to run when the process exits; `atExit` hands back the function that takes one out, and
// `deleteOnExit` is a shorthand for files.
import { unlinkSync } from 'node:fs';

const tasks = new Set<() => void>();
process.once('exit', () => tasks.forEach((task) => task()));

export function atExit(task: () => void): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

export function deleteOnExit(path: string): () => void {
  return atExit(() => unlinkSync(path));
}
