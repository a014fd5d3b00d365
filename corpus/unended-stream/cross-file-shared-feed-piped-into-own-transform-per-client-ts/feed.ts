// The process's audit feed: every audit event goes through this one stream.
import { PassThrough } from "node:stream";

export const auditFeed = new PassThrough({ objectMode: true });

export function audit(event: Record<string, unknown>): void {
  auditFeed.write({ at: Date.now(), ...event });
}
