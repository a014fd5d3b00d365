const { setTimeout: sleep } = require('node:timers/promises');

class Poller {
  constructor(fetchBatch, handle) {
    this.fetchBatch = fetchBatch;
    this.handle = handle;
    this.active = false;
  }

  async loop() {
    this.active = true;
    while (this.active) {
      const batch = await this.fetchBatch();
      if (batch.length === 0) {
        const idle = new AbortController();
        this.cancelIdle = () => idle.abort();
        await sleep(250, undefined, { signal: idle.signal }).catch(() => undefined);
        continue;
      }
      for (const item of batch) await this.handle(item);
    }
  }

  stop() {
    this.active = false;
    if (this.cancelIdle) this.cancelIdle();
  }
}

module.exports = { Poller };
