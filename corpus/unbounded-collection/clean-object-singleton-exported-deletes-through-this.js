// The same tracker, dropping each upload when it finishes.
const crypto = require('crypto');

const uploads = {
  active: {},

  begin(fileName, size) {
    const id = crypto.randomUUID();
    this.active[id] = { fileName, size, received: 0, startedAt: Date.now() };
    return id;
  },

  progress(id, bytes) {
    const entry = this.active[id];
    if (entry) entry.received += bytes;
  },

  finish(id) {
    delete this.active[id];
  },
};

module.exports = uploads;
