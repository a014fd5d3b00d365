// A queue of notifications to send again. Each item leaves the queue when it is sent or when
// it has been tried too often, so what it holds lives a few rounds at most.
'use strict';

class ResendQueue {
  constructor(send, { rounds = 4, everyMs = 3000 } = {}) {
    this.send = send;
    this.rounds = rounds;
    this.waiting = [];
    this.timer = setInterval(() => this.drain(), everyMs);
    this.timer.unref();
  }

  enqueue(item) {
    this.waiting.push({ ...item, tries: 0 });
  }

  async drain() {
    for (const entry of [...this.waiting]) {
      entry.tries += 1;
      try {
        await this.send(entry.message);
        this.waiting.splice(this.waiting.indexOf(entry), 1);
      } catch (error) {
        if (entry.tries >= this.rounds) {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
        }
      }
    }
  }
}

module.exports = { ResendQueue };
