// Appends to the list it is handed and drops the oldest past its limit.
export interface AuditEntry { user: string; action: string; at: number }

export class AuditTrail {
  constructor(private readonly entries: AuditEntry[], private readonly limit = 500) {}

  record(user: string, action: string): void {
    this.entries.push({ user, action, at: Date.now() });
    if (this.entries.length > this.limit) this.entries.shift();
  }
}
