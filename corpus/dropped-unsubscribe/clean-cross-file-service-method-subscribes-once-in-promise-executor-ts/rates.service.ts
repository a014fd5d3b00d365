// The same service takes one matching event, or gives up after five seconds: either way the
// subscription completes and ends.
import { Injectable } from "@nestjs/common";
import { Subject, filter, take, timeout } from "rxjs";

interface Rate {
  pair: string;
  value: number;
}

@Injectable()
export class RatesService {
  private readonly rates$ = new Subject<Rate>();

  publish(rate: Rate): void {
    this.rates$.next(rate);
  }

  nextRate(pair: string): Promise<Rate> {
    const matching$ = this.rates$.pipe(filter((r) => r.pair === pair), take(1), timeout({ first: 5_000 }));
    return new Promise<Rate>((resolve, reject) => {
      matching$.subscribe({ next: (rate) => resolve(rate), error: reject });
    });
  }
}
