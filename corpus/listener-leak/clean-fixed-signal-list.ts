// A loop over a literal list of signals runs twice, not once per request: with the function
// called once at start-up, nothing accumulates.
import { once } from 'node:events';

async function shutdown(): Promise<void> {
  await once(process, 'beforeExit');
}

function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as NodeJS.Signals[]) {
    process.on(signal, shutdown);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    process.on('warning', () => undefined);
  }
}

installSignalHandlers();
