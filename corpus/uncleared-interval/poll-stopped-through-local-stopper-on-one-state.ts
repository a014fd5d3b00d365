// The tracker watches each import job by polling. Its local `finish` clears the poll, but only
// the 'done' state and a run of failed requests call it: a job that ends 'rejected' answers
// every round with success, which also resets the error count, so its poll runs for good.
import { EventEmitter } from "node:events";

type ImportState = "waiting" | "running" | "done" | "rejected";

export class ImportTracker extends EventEmitter {
  private readonly watched = new Set<string>();

  constructor(private readonly fetchState: (id: string) => Promise<ImportState>, private readonly everyMs = 2_000) {
    super();
  }

  watch(importId: string): void {
    if (this.watched.has(importId)) return;
    this.watched.add(importId);
    let failures = 0;

    const finish = () => {
      clearInterval(poll);
      this.watched.delete(importId);
    };

    const poll = setInterval(async () => { // expect: uncleared-interval
      try {
        const state = await this.fetchState(importId);
        failures = 0;
        if (state === "done") {
          finish();
          this.emit("done", importId);
        }
      } catch (error) {
        failures += 1;
        if (failures >= 5) {
          finish();
          this.emit("lost", importId, error);
        }
      }
    }, this.everyMs);
  }
}
