// Each call is recorded through the shared helper under a fresh sequence number; only a
// failed call takes its record out again, so every successful call leaves one behind.
'use strict';
const { trackInflight } = require('./inflight');

class RpcClient {
  constructor(transport) {
    this.transport = transport;
    this.inflight = new Map(); // expect: unbounded-collection
    this.seq = 0;
  }

  async call(method, params) {
    const id = ++this.seq;
    trackInflight(this.inflight, id, { method });
    try {
      return await this.transport.request({ id, method, params });
    } catch (err) {
      this.inflight.delete(id);
      throw err;
    }
  }
}

module.exports = { RpcClient };
