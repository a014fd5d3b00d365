// The process's audit log: one instance, exported, whose entries nothing here ever drops.
export interface AuditEntry {
  actor: string;
  action: string;
  at: number;
}

class AuditLog {
  entries: AuditEntry[] = [];

  latest(n: number): AuditEntry[] {
    return this.entries.slice(-n);
  }
}

export default new AuditLog();
