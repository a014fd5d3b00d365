'use strict';
// Batches reads per tenant. The tenant's entry leaves the table when its batch succeeds;
// a failed batch leaves it behind.
class TenantBatcher {
  constructor() {
    this.batches = new Map();
  }

  read(tenant, run) {
    if (this.batches.has(tenant)) return this.batches.get(tenant);
    const batch = run().then((rows) => {
      this.batches.delete(tenant);
      return rows;
    });
    this.batches.set(tenant, batch);
    return batch;
  }
}

module.exports = { TenantBatcher };
