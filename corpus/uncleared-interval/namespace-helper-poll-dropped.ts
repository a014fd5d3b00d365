import type { Request, Response } from 'express';

// Price feeds per watchlist. `Feeds.poll()` lives in a namespace and hands back the interval it
// starts; the route drops it, so every request leaves a poller that runs for the process's life.
namespace Feeds {
  export const PERIOD_MS = 15_000;

  export function poll(symbol: string, onQuote: (price: number) => void): NodeJS.Timeout {
    return setInterval(async () => {
      const answer = await fetch(`https://quotes.example.net/v1/${encodeURIComponent(symbol)}`);
      onQuote(Number(await answer.text()));
    }, PERIOD_MS);
  }
}


export function watchSymbol(req: Request, res: Response): void {
  const symbol = String(req.params.symbol).toUpperCase();
  Feeds.poll(symbol, (price) => console.log(`${symbol} ${price}`)); // expect: uncleared-interval
  res.json({ watching: symbol });
}
