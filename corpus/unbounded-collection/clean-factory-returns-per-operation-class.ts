// The factory's class is made once per sync run and dropped when the run ends: the pages it
// still waits for live exactly as long as that one run.
import { randomUUID } from "node:crypto";

interface Waiting {
  timer: ReturnType<typeof setTimeout>;
  page: number;
}

export function syncJobFor(send: (frame: object) => void, pageWaitMs = 3_000) {
  class SyncJob {
    private waiting = new Map<string, Waiting>();

    constructor(private readonly account: string) {}

    requestPage(page: number): void {
      const pageid = randomUUID();
      const timer = setTimeout(() => this.waiting.delete(pageid), pageWaitMs);
      this.waiting.set(pageid, { timer, page });
      send({ pageid, page, account: this.account });
    }

    received(frame: { pageid: string }): void {
      const entry = this.waiting.get(frame.pageid);
      if (entry !== undefined) clearTimeout(entry.timer);
    }
  }

  return SyncJob;
}
