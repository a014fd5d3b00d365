// Graceful drain: run a hook when the orchestrator asks the process to stop.
const STOP_SIGNALS = ['SIGTERM', 'SIGINT'];

export function whenStopping(hook) {
  const run = (signal) => {
    Promise.resolve().then(() => hook(signal)).catch((err) => console.error('drain hook failed', err));
  };
  for (const signal of STOP_SIGNALS) process.once(signal, run);
  return () => {
    for (const signal of STOP_SIGNALS) process.removeListener(signal, run);
  };
}
