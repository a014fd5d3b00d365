// Async helpers over the module's own containers: none of them ever removes anything.
const auditLog: Array<{ user: string; action: string; at: Date }> = [];
const seenDeliveries = new Set<string>();
const reports = new Map<string, Promise<unknown>>();

export async function recordAudit(user: string, action: string): Promise<void> {
  auditLog.push({ user, action, at: new Date() });
}

export function markSeen(delivery: string): boolean {
  if (seenDeliveries.has(delivery)) return false;
  seenDeliveries.add(delivery);
  return true;
}

export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  let found = reports.get(key) as Promise<T> | undefined;
  if (!found) {
    found = compute();
    reports.set(key, found);
  }
  return found;
}
