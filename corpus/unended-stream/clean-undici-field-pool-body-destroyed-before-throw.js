'use strict';

const { Pool } = require('undici');

class BillingClient {
  constructor(origin, token) {
    this.pool = new Pool(origin, { connections: 8 });
    this.token = token;
  }

  async invoice(id) {
    const { statusCode, body } = await this.pool.request({
      method: 'GET',
      path: `/invoices/${encodeURIComponent(id)}`,
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (statusCode >= 400) {
      body.destroy();
      throw new Error(`billing answered ${statusCode} for invoice ${id}`);
    }
    return body.json();
  }
}

module.exports = { BillingClient };
