// Fan-out of account alerts to whoever listens for an account.
type Handler = (alert: unknown) => void;

class AlertHub {
  private readonly byAccount = new Map<string, Set<Handler>>();

  subscribe(accountId: string, handler: Handler): void {
    if (!this.byAccount.has(accountId)) this.byAccount.set(accountId, new Set());
    this.byAccount.get(accountId)!.add(handler);
  }

  unsubscribe(accountId: string, handler: Handler): void {
    const handlers = this.byAccount.get(accountId);
    if (!handlers) return;
    handlers.delete(handler);
    if (handlers.size === 0) this.byAccount.delete(accountId);
  }
}

export const alerts = new AlertHub();
