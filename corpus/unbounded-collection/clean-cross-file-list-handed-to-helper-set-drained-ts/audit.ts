// Audit helpers: append a record to a trail, count it, or drain it into a sink.
export interface AuditRecord {
  actor: string;
  action: string;
  at: number;
}

export function appendRecord(trail: AuditRecord[], actor: string, action: string): void {
  trail.push({ actor, action, at: Date.now() });
}

export function trailSize(trail: AuditRecord[]): number {
  return trail.length;
}

export function drain(trail: AuditRecord[]): AuditRecord[] {
  return trail.splice(0, trail.length);
}
