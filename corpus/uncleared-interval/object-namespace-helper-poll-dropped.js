// The same helper in a plain object used as a namespace: each request starts a poller and
// drops its handle.
const Feeds = {
  PERIOD_MS: 15000,
  poll(symbol, onQuote) {
    return setInterval(async () => {
      const answer = await fetch(`https://quotes.example.net/v1/${encodeURIComponent(symbol)}`);
      onQuote(Number(await answer.text()));
    }, Feeds.PERIOD_MS);
  },
};


function watchSymbol(req, res) {
  const symbol = String(req.params.symbol).toUpperCase();
  Feeds.poll(symbol, (price) => console.log(`${symbol} ${price}`)); // expect: uncleared-interval
  res.json({ watching: symbol });
}

module.exports = { watchSymbol };
