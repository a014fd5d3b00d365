'use strict';

const seen = new Set();
const LIMIT = 50_000;

// Counts distinct visitors, up to a cap, since the process started.
class VisitorLog {
  note(visitorId) {
    if (seen.size >= LIMIT) seen.clear();
    seen.add(visitorId);
    return seen.size;
  }
}

module.exports = { VisitorLog };
