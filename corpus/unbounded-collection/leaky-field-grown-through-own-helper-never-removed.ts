// A job runner notes each run in a table of its own through a small helper of the module,
// under a fresh id per run, and never takes the note out.
import { randomUUID } from 'node:crypto';

interface RunNote {
  job: string;
  startedAt: number;
}

function noteRun(table: Map<string, RunNote>, id: string, job: string): void {
  table.set(id, { job, startedAt: Date.now() });
}

export class JobRunner {
  private readonly runs = new Map<string, RunNote>(); // expect: unbounded-collection

  constructor(private readonly handlers: Record<string, (payload: unknown) => Promise<void>>) {}

  async run(job: string, payload: unknown): Promise<void> {
    const id = randomUUID();
    noteRun(this.runs, id, job);
    await this.handlers[job](payload);
  }
}
