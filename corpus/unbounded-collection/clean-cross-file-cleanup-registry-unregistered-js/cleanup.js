// Everything registered here runs when the process shuts down, unless it is taken back first.
const tasks = new Set();

export function onShutdown(fn) {
  tasks.add(fn);
  return () => tasks.delete(fn);
}

export async function runShutdownTasks() {
  for (const fn of [...tasks]) await fn();
  tasks.clear();
}
