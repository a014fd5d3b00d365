// A small audit helper: it remembers the request it was last told about.
class AuditTrail {
  constructor() {
    this.lastRequest = null;
  }

  record(req) {
    this.lastRequest = req;
  }

  summary() {
    return this.lastRequest ? `${this.lastRequest.method} ${this.lastRequest.url}` : '-';
  }
}

module.exports = { AuditTrail };
