// Appends to the list it is handed; keeps no bound of its own.
export interface AuditEntry { user: string; action: string; at: number }

export class AuditTrail {
  constructor(private readonly entries: AuditEntry[]) {}

  record(user: string, action: string): void {
    this.entries.push({ user, action, at: Date.now() });
  }

  latest(): AuditEntry | undefined {
    return this.entries[this.entries.length - 1];
  }
}
