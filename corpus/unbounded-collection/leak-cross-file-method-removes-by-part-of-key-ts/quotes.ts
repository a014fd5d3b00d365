export interface Quote { price: number; at: number }

export class QuoteDeduper {
  private readonly pending = new Map<string, Promise<Quote>>();

  constructor(private readonly load: (venue: string, symbol: string) => Promise<Quote>) {}

  quote(venue: string, symbol: string): Promise<Quote> {
    const key = `${venue}/${symbol}`;
    const running = this.pending.get(key);
    if (running) return running;
    const next = this.load(venue, symbol).finally(() => this.pending.delete(symbol));
    this.pending.set(key, next);
    return next;
  }
}
