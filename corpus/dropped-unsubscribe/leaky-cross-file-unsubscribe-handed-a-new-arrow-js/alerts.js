// Fan-out of account alerts to whoever listens for an account.
class AlertHub {
  constructor() {
    this.byAccount = new Map();
  }

  subscribe(accountId, handler) {
    let handlers = this.byAccount.get(accountId);
    if (!handlers) {
      handlers = new Set();
      this.byAccount.set(accountId, handlers);
    }
    handlers.add(handler);
  }

  unsubscribe(accountId, handler) {
    const handlers = this.byAccount.get(accountId);
    if (!handlers) return;
    handlers.delete(handler);
    if (handlers.size === 0) this.byAccount.delete(accountId);
  }

  publish(accountId, alert) {
    for (const handler of this.byAccount.get(accountId) || []) handler(alert);
  }
}

module.exports = { alerts: new AlertHub() };
