// Each call ties its 'abort' listener on the shared shutdown signal to its own controller, and
// aborts that controller however the work ends.
const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

export async function runStep(step: () => Promise<void>): Promise<void> {
  const done = new AbortController();
  const work = new AbortController();
  shutdown.signal.addEventListener('abort', () => work.abort(), { signal: done.signal });
  try {
    await step();
  } finally {
    done.abort();
  }
}
