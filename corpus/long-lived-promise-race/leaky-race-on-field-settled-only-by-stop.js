const { setTimeout: sleep } = require('node:timers/promises');

class Poller {
  constructor(fetchBatch, handle) {
    this.fetchBatch = fetchBatch;
    this.handle = handle;
    this.active = false;
    this.halt = new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  async loop() {
    this.active = true;
    while (this.active) {
      const batch = await this.fetchBatch();
      if (batch.length === 0) {
        await Promise.race([sleep(250), this.halt]); // expect: long-lived-promise-race
        continue;
      }
      for (const item of batch) await this.handle(item);
    }
  }

  stop() {
    this.active = false;
    this.wake();
  }
}

module.exports = { Poller };
