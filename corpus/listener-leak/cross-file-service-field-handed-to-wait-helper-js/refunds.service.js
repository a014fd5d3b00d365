'use strict';
const { waitFor } = require('./wait-for');

class RefundService {
  constructor(app) {
    this.app = app;
    this.ledger = app.service('ledger');
  }

  async create(data, params) {
    const entry = await this.ledger.create({ kind: 'refund', orderId: data.orderId, amount: data.amount }, params);
    const posted = await waitFor(this.ledger, 'patched', (e) => e.id === entry.id && e.state !== 'pending', 15000); // expect: listener-leak
    return { refundId: entry.id, state: posted.state };
  }
}

module.exports = { RefundService };
