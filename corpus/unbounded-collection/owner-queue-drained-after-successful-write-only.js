'use strict';

class EventShipper {
  constructor(transport, everyMs = 2000) {
    this.transport = transport;
    this.queue = []; // expect: unbounded-collection
    this.busy = false;
    this.timer = setInterval(() => this.ship(), everyMs);
    this.timer.unref();
  }

  record(event) {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
    });
  }

  async ship() {
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    const batch = this.queue.slice();
    try {
      await this.transport.send(batch.map((entry) => entry.event));
      this.queue.splice(0, batch.length);
      for (const entry of batch) entry.resolve();
    } catch (err) {
      for (const entry of batch) entry.reject(err);
    } finally {
      this.busy = false;
    }
  }

  close() {
    clearInterval(this.timer);
  }
}

module.exports = { EventShipper };
