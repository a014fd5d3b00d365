// The object-namespace helper with its handle kept and cleared when the client leaves.
const Feeds = {
  PERIOD_MS: 15000,
  poll(symbol, onQuote) {
    return setInterval(async () => {
      const answer = await fetch(`https://quotes.example.net/v1/${encodeURIComponent(symbol)}`);
      onQuote(Number(await answer.text()));
    }, Feeds.PERIOD_MS);
  },
};

function streamSymbol(req, res) {
  const symbol = String(req.params.symbol).toUpperCase();
  res.setHeader('content-type', 'text/event-stream');
  const poller = Feeds.poll(symbol, (price) => res.write(`data: ${price}\n\n`));
  req.on('close', () => clearInterval(poller));
}

module.exports = { streamSymbol };
