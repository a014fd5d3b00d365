'use strict';

// Bookkeeping shared by the protocol clients: what is on the wire, since when.
function trackInflight(table, id, details) {
  table.set(id, { ...details, sentAt: Date.now() });
}

module.exports = { trackInflight };
