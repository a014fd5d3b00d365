// The quotes feed of the process, and a way to follow one symbol of it.
import { Subject, type Subscription } from "rxjs";
import { filter } from "rxjs/operators";

interface Quote {
  symbol: string;
  price: number;
}

const quotes$ = new Subject<Quote>();

export function publish(quote: Quote): void {
  quotes$.next(quote);
}

export function follow(symbol: string, onQuote: (quote: Quote) => void): Subscription {
  return quotes$.pipe(filter((q) => q.symbol === symbol)).subscribe(onQuote);
}
