import type { Request, Response } from 'express';

// The same namespace helper, with its handle kept and cleared when the client goes away.
namespace Feeds {
  export const PERIOD_MS = 15_000;

  export function poll(symbol: string, onQuote: (price: number) => void): NodeJS.Timeout {
    return setInterval(async () => {
      const answer = await fetch(`https://quotes.example.net/v1/${encodeURIComponent(symbol)}`);
      onQuote(Number(await answer.text()));
    }, PERIOD_MS);
  }
}

export function streamSymbol(req: Request, res: Response): void {
  const symbol = String(req.params.symbol).toUpperCase();
  res.setHeader('content-type', 'text/event-stream');
  const poller = Feeds.poll(symbol, (price) => res.write(`data: ${price}\n\n`));
  req.on('close', () => clearInterval(poller));
}
