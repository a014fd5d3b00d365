'use strict';

const seen = new Set();

// Counts distinct visitors since the process started.
class VisitorLog {
  note(visitorId) {
    seen.add(visitorId);
    return seen.size;
  }
}

module.exports = { VisitorLog };
