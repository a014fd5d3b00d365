// Audit trails kept by the module itself: a static list on an exported class, and a
// module-level array behind an exported function. Neither is ever trimmed.
const trail: Array<{ user: string; at: number }> = [];

export function audit(user: string): void {
  trail.push({ user, at: Date.now() });
}

export class RequestLog {
  static entries: Array<{ path: string; at: number }> = [];

  static add(path: string): void {
    RequestLog.entries.push({ path, at: Date.now() });
  }

  static recent(count: number): Array<{ path: string; at: number }> {
    return RequestLog.entries.slice(-count);
  }
}
