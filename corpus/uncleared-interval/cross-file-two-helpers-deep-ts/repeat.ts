// Runs a task on a fixed period; the object it hands back is the only way to stop it.
export function repeat(ms: number, task: () => void): { stop(): void } {
  const timer = setInterval(task, ms);
  return { stop: () => clearInterval(timer) };
}
