// Calls `fn` with every quote `emitter` publishes for `symbol`; hands back the listener.
function onQuote(emitter, symbol, fn) {
  const listener = (quote) => {
    if (quote.symbol === symbol) fn(quote);
  };
  emitter.on('quote', listener);
  return listener;
}

module.exports = { onQuote };
