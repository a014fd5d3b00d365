// Everything registered here runs when the process shuts down.
const tasks = [];

export function onShutdown(label, fn) {
  tasks.push({ label, fn });
}

export async function runShutdownTasks() {
  for (const { fn } of tasks.splice(0).reverse()) await fn();
}
