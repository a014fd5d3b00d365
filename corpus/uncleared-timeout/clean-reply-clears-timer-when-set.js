// The entry's timer may be absent (a call made with no deadline): the handler clears it only
// when there is one. The test asks about the timer itself, so no way out forgets it.
'use strict';

class Correlator {
  constructor() {
    this.open = new Map();
  }

  expect(id, deadlineMs) {
    return new Promise((resolve, reject) => {
      const entry = { resolve, reject, timer: null };
      if (deadlineMs > 0) {
        entry.timer = setTimeout(() => {
          this.open.delete(id);
          reject(new Error('no answer'));
        }, deadlineMs);
      }
      this.open.set(id, entry);
    });
  }

  answer(id, value) {
    const entry = this.open.get(id);
    if (!entry) return;
    this.open.delete(id);
    if (entry.timer) {
      clearTimeout(entry.timer);
    }
    entry.resolve(value);
  }
}

module.exports = { Correlator };
