// The same polls, but `follow()` clears whatever runs under the symbol before it stores the new
// one, so a repeat for a symbol replaces its poll instead of orphaning it.
const express = require('express');

class PricePolls {
  constructor() {
    this.polls = {};
  }

  follow(symbol, push) {
    clearInterval(this.polls[symbol]);
    this.polls[symbol] = setInterval(() => push(Math.random()), 5_000);
  }

  unfollow(symbol) {
    clearInterval(this.polls[symbol]);
    delete this.polls[symbol];
  }
}

const polls = new PricePolls();
const app = express();
app.post('/follow/:symbol', (req, res) => {
  polls.follow(req.params.symbol, (price) => console.log(req.params.symbol, price));
  res.sendStatus(202);
});
app.post('/unfollow/:symbol', (req, res) => {
  polls.unfollow(req.params.symbol);
  res.sendStatus(204);
});
app.listen(3040);
