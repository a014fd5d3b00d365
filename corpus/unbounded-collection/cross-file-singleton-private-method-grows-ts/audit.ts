interface AuditEntry {
  actor: string;
  action: string;
  at: number;
}

const trail = new Map<string, AuditEntry[]>();

class AuditLog {
  private append(actor: string, action: string): void {
    const entries = trail.get(actor) ?? [];
    entries.push({ actor, action, at: Date.now() });
    trail.set(actor, entries);
  }

  recordLogin(actor: string): void {
    this.append(actor, 'login');
  }

  recent(actor: string): AuditEntry[] {
    return (trail.get(actor) ?? []).slice(-20);
  }
}

export const auditLog = new AuditLog();
