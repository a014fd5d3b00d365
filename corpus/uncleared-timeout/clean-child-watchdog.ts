// The same worker clears its watchdog when the child exits, and a retry deferred by a few
// milliseconds is not a watchdog at all.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';

export const jobs = new EventEmitter();

jobs.on('convert', (file: string, done: (err?: Error) => void) => {
  const child = spawn('soffice', ['--headless', '--convert-to', 'pdf', file]);
  const watchdog = setTimeout(() => child.kill('SIGKILL'), 120_000);
  child.on('exit', (code) => {
    clearTimeout(watchdog);
    done(code === 0 ? undefined : new Error(`exit ${code}`));
  });
  child.on('error', (err) => setTimeout(() => done(err), 10));
});
