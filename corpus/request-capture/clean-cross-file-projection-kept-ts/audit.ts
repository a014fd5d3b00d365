// An audit trail of the last requests: `add` keeps who asked for what (strings only), and the
// trail is cut to its newest hundred entries.
import type { Request } from 'express';

interface Entry { user: string; path: string; at: number }

class AuditTrail {
  private readonly entries: Entry[] = [];

  add(req: Request): Entry {
    const entry = { user: String(req.headers['x-user'] ?? 'anonymous'), path: req.path, at: Date.now() };
    this.entries.push(entry);
    if (this.entries.length > 100) this.entries.shift();
    return entry;
  }
}

export const audit = new AuditTrail();
