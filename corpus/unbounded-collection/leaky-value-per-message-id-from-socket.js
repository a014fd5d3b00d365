// The same board also records every trade by its id as it arrives, and never lets go of one:
// trade ids are new with every message.
'use strict';
const trades = new Map(); // expect: unbounded-collection
const { feed } = require('./trade-feed');

feed.addEventListener('message', (event) => {
  const trade = JSON.parse(String(event.data));
  trades.set(trade.tradeId, trade);
});

module.exports = { tradeCount: () => trades.size };
