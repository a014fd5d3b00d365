// A worker kills a spawned converter if it hangs, but drops the timer: every job that finishes
// in time leaves a two-minute timer holding its child process and job data.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';

export const jobs = new EventEmitter();

jobs.on('convert', (file: string, done: (err?: Error) => void) => {
  const child = spawn('soffice', ['--headless', '--convert-to', 'pdf', file]);
  child.on('exit', (code) => done(code === 0 ? undefined : new Error(`exit ${code}`)));
  setTimeout(() => { // expect: uncleared-timeout
    child.kill('SIGKILL');
  }, 120_000);
});
