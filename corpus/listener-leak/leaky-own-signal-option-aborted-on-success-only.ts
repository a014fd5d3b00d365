// Each call ties its 'abort' listener on the shared shutdown signal to its own controller, but
// aborts that controller only when the work succeeds: a failure leaves the listener behind.
const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

export async function runStep(step: () => Promise<void>): Promise<void> {
  const done = new AbortController();
  const work = new AbortController();
  shutdown.signal.addEventListener('abort', () => work.abort(), { signal: done.signal }); // expect: listener-leak
  await step();
  done.abort();
}
