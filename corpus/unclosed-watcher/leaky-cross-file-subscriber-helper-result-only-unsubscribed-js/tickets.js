// A dedicated pub/sub connection per ticket watcher: duplicated from the shared client and
// handed back to the caller, who owns it from then on.
'use strict';
const { redis } = require('./redis');

function watchTicket(ticketId, onUpdate) {
  const subscriber = redis.duplicate();
  subscriber.on('message', (channel, raw) => onUpdate(JSON.parse(raw)));
  subscriber.subscribe(`ticket:${ticketId}`);
  return subscriber;
}

module.exports = { watchTicket };
