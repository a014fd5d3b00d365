export type Quote = { symbol: string; price: number };

export class PriceFeed {
  private handle: ReturnType<typeof setTimeout> | undefined;
  private listener: ((quote: Quote) => void) | undefined;

  constructor(private readonly symbol: string, private readonly fetchQuote: (symbol: string) => Promise<Quote>) {}

  open(listener: (quote: Quote) => void): void {
    this.listener = listener;
    this.queue(0);
  }

  private queue(delay: number): void {
    this.handle = setTimeout(() => {
      void this.poll();
    }, delay);
  }

  private async poll(): Promise<void> {
    try {
      const quote = await this.fetchQuote(this.symbol);
      this.listener?.(quote);
    } catch {
      /* try again on the next round */
    }
    this.queue(1500);
  }

  close(): void {
    this.listener = undefined;
    clearTimeout(this.handle);
  }
}
