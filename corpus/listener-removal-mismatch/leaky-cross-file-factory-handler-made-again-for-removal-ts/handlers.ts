// Turns one ticker's channel messages into calls of the sink.
export interface PriceSink {
  update(ticker: string, price: number): void;
}

export function createTickerHandler(ticker: string, sink: PriceSink) {
  const channel = `prices:${ticker}`;
  return (from: string, raw: string): void => {
    if (from === channel) sink.update(ticker, Number(raw));
  };
}
