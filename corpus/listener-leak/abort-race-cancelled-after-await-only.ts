// Each upload races the process-wide shutdown signal; the race's listener is cancelled only
// when the chunk is stored, so a failed put leaves it on the signal.
const stopping = new AbortController();
process.once('SIGTERM', () => stopping.abort());

function abortRace(signal: AbortSignal) {
  let onAbort: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error('shutting down'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return { aborted, cancel: () => signal.removeEventListener('abort', onAbort) };
}

export async function upload(queue: AsyncIterable<Buffer>, put: (b: Buffer) => Promise<void>): Promise<void> {
  for await (const chunk of queue) {
    const race = abortRace(stopping.signal); // expect: listener-leak
    await Promise.race([put(chunk), race.aborted]);
    race.cancel();
  }
}
