// Tracks uploads in progress by id; `finish(id)` forgets one.
'use strict';

class UploadBoard {
  constructor() {
    this.active = new Map();
  }

  begin(id, name) {
    this.active.set(id, { name, startedAt: Date.now() });
  }

  finish(id) {
    this.active.delete(id);
  }

  list() {
    return [...this.active.values()];
  }
}

module.exports = { UploadBoard };
