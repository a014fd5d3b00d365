// A client factory returns the class it declares; each configured client lives as long as the
// service. A finished query clears its deadline and takes the entry out before it looks at how
// the query ended.
import { randomBytes } from "node:crypto";
import type { Socket } from "node:net";

interface Inflight {
  resolve: (rows: unknown[]) => void;
  reject: (error: Error) => void;
  deadline: ReturnType<typeof setTimeout>;
}

export function defineLedgerClient(socket: Socket, deadlineMs = 2_000) {
  class LedgerClient {
    private inflight = new Map<string, Inflight>();

    constructor(private readonly tenant: string) {
      socket.on("data", (chunk) => this.receive(JSON.parse(chunk.toString("utf8"))));
    }

    private receive(frame: { queryid: string; rows?: unknown[]; error?: string }): void {
      const entry = this.inflight.get(frame.queryid);
      if (entry === undefined) return;
      clearTimeout(entry.deadline);
      this.inflight.delete(frame.queryid);
      if (frame.error) {
        entry.reject(new Error(frame.error));
        return;
      }
      entry.resolve(frame.rows ?? []);
    }

    query(sql: string): Promise<unknown[]> {
      const queryid = randomBytes(6).toString("hex");
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(() => {
          this.inflight.delete(queryid);
          reject(new Error(`query ${queryid} timed out`));
        }, deadlineMs);
        this.inflight.set(queryid, { resolve, reject, deadline });
        socket.write(JSON.stringify({ queryid, tenant: this.tenant, sql }) + "\n");
      });
    }
  }

  return LedgerClient;
}
