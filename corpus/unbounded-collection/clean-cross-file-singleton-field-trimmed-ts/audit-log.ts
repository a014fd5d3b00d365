// The audit log keeps the last thousand entries: every record trims the oldest ones.
export interface AuditEntry {
  actor: string;
  action: string;
  at: number;
}

const KEEP = 1000;

class AuditLog {
  entries: AuditEntry[] = [];

  record(entry: AuditEntry): void {
    this.entries.push(entry);
    if (this.entries.length > KEEP) this.entries.splice(0, this.entries.length - KEEP);
  }

  latest(n: number): AuditEntry[] {
    return this.entries.slice(-n);
  }
}

export default new AuditLog();
