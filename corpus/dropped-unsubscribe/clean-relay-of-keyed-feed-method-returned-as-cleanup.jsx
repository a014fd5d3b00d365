// The same feed and relay; the effect hands the function `followQuote()` returns to React
// as its cleanup, so each unmount takes its callback out again.
import React, { useEffect, useState } from 'react';

class QuoteFeed {
  constructor() {
    this.bySymbol = new Map();
  }

  push(symbol, quote) {
    for (const cb of this.bySymbol.get(symbol) ?? []) cb(quote);
  }

  subscribe(symbol, cb) {
    if (!this.bySymbol.has(symbol)) this.bySymbol.set(symbol, new Set());
    this.bySymbol.get(symbol).add(cb);
    return () => {
      const callbacks = this.bySymbol.get(symbol);
      if (!callbacks) return;
      callbacks.delete(cb);
      if (callbacks.size === 0) this.bySymbol.delete(symbol);
    };
  }
}

const quotes = new QuoteFeed();

function followQuote(symbol, cb) {
  return quotes.subscribe(symbol.toUpperCase(), cb);
}

export function QuoteCell({ symbol }) {
  const [quote, setQuote] = useState(null);
  useEffect(() => {
    return followQuote(symbol, setQuote);
  }, [symbol]);
  return <td>{quote ?? '…'}</td>;
}
