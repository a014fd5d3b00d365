// A queue of notifications to send again. An item leaves the queue when it is sent; one tried
// too often is only marked and stays, with the request it was queued with.
'use strict';

class ResendQueue {
  constructor(send, { rounds = 4, everyMs = 3000 } = {}) {
    this.send = send;
    this.rounds = rounds;
    this.waiting = []; // expect: unbounded-collection
    this.timer = setInterval(() => this.drain(), everyMs);
    this.timer.unref();
  }

  enqueue(item) {
    this.waiting.push({ ...item, tries: 0 });
  }

  async drain() {
    for (const entry of [...this.waiting]) {
      if (entry.gaveUp) continue;
      entry.tries += 1;
      try {
        await this.send(entry.message);
        this.waiting.splice(this.waiting.indexOf(entry), 1);
      } catch (error) {
        if (entry.tries >= this.rounds) {
          entry.gaveUp = true;
        }
      }
    }
  }
}

module.exports = { ResendQueue };
