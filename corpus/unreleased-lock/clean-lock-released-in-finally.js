// The same seat map releases the lock in `finally`, so a taken seat gives it back too.
'use strict';
const { Mutex } = require('./mutex');

class SeatMap {
  constructor(store) {
    this.store = store;
    this.lock = new Mutex();
  }

  async hold(seat, customer) {
    await this.lock.acquire();
    try {
      const current = await this.store.get(seat);
      if (current && current.customer !== customer) {
        throw new Error(`seat ${seat} is taken`);
      }
      await this.store.set(seat, { customer, until: Date.now() + 600_000 });
    } finally {
      this.lock.release();
    }
  }
}

module.exports = { SeatMap };
