// Each subscribe call starts a price poll and stores it under the symbol. A second subscribe for
// the same symbol stores over the running poll, which nothing can clear any more.
import express from 'express';

class PricePolls {
  private readonly polls: Record<string, ReturnType<typeof setInterval>> = {};

  follow(symbol: string, push: (price: number) => void): void {
    this.polls[symbol] = setInterval(() => push(Math.random()), 5_000);
  }

  unfollow(symbol: string): void {
    clearInterval(this.polls[symbol]);
    delete this.polls[symbol];
  }
}

const polls = new PricePolls();
const app = express();
app.post('/follow/:symbol', (req, res) => {
  polls.follow(req.params.symbol, (price) => console.log(req.params.symbol, price)); // expect: uncleared-interval
  res.sendStatus(202);
});
app.post('/unfollow/:symbol', (req, res) => {
  polls.unfollow(req.params.symbol);
  res.sendStatus(204);
});
app.listen(3040);
