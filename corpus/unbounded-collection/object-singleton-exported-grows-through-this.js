// An upload tracker written as a plain object and exported whole. `begin()` files every upload
// under a fresh id through `this.active`; nothing ever takes one out, so the table grows with
// every upload the process ever saw.
const crypto = require('crypto');

const uploads = {
  active: {}, // expect: unbounded-collection

  begin(fileName, size) {
    const id = crypto.randomUUID();
    this.active[id] = { fileName, size, received: 0, startedAt: Date.now() };
    return id;
  },

  progress(id, bytes) {
    const entry = this.active[id];
    if (entry) entry.received += bytes;
  },
};

module.exports = uploads;
