// Seat holds are serialised with a lock. A hold for a seat already taken throws before the
// release at the bottom, and from then on every hold waits on the lock for good.
'use strict';
const { Mutex } = require('./mutex');

class SeatMap {
  constructor(store) {
    this.store = store;
    this.lock = new Mutex();
  }

  async hold(seat, customer) {
    await this.lock.acquire(); // expect: unreleased-lock
    const current = await this.store.get(seat);
    if (current && current.customer !== customer) {
      throw new Error(`seat ${seat} is taken`);
    }
    await this.store.set(seat, { customer, until: Date.now() + 600_000 });
    this.lock.release();
  }
}

module.exports = { SeatMap };
