// The process's drain: a promise that settles once, when the orchestrator sends SIGTERM.
let startDrain;
export const draining = new Promise((resolve) => {
  startDrain = resolve;
});

process.once('SIGTERM', () => startDrain('drain'));
