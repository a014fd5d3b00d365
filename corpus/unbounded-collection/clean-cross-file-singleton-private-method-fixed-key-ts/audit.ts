interface AuditCount {
  action: string;
  count: number;
}

const totals = new Map<string, AuditCount>();

class AuditLog {
  private bump(action: string): void {
    const entry = totals.get(action) ?? { action, count: 0 };
    entry.count += 1;
    totals.set(action, entry);
  }

  recordLogin(): void {
    this.bump('login');
  }

  summary(): AuditCount[] {
    return [...totals.values()];
  }
}

export const auditLog = new AuditLog();
