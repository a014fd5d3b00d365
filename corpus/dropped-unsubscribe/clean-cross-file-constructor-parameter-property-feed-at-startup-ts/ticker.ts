// Streams prices from the feed it is given; it never unsubscribes.
import { Observable } from 'rxjs';

export class PriceTicker {
  constructor(private readonly prices$: Observable<number>) {}

  pipeTo(write: (line: string) => void): void {
    this.prices$.subscribe((price) => write(`${price}\n`));
  }
}
