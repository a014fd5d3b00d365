// A pool of long-lived child processes: `submit()` takes one from `this.ready` and hands it to
// `assign()`, and `giveBack()` either assigns it the next queued job or puts it back. Each job
// leaves a once('exit') on the process it ran on, and the same processes serve every job.
import { fork, type ChildProcess } from 'node:child_process';

interface Job {
  input: string;
  done: (out: string) => void;
  fail: (err: Error) => void;
}

export class RendererPool {
  private readonly ready: ChildProcess[] = [];
  private readonly queued: Job[] = [];

  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) this.ready.push(fork(script));
  }

  submit(job: Job): void {
    const child = this.ready.shift();
    if (child === undefined) {
      this.queued.push(job);
      return;
    }
    this.assign(child, job);
  }

  private assign(child: ChildProcess, job: Job): void {
    child.once('exit', (code) => job.fail(new Error(`renderer exited with ${code}`))); // expect: listener-leak
    child.once('message', (out) => {
      job.done(String(out));
      this.giveBack(child);
    });
    child.send(job.input);
  }

  private giveBack(child: ChildProcess): void {
    const next = this.queued.shift();
    if (next !== undefined) this.assign(child, next);
    else this.ready.push(child);
  }
}
