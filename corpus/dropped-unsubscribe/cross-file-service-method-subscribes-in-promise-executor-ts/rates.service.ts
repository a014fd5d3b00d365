// An injected service that turns the next matching event of its stream into a promise. The
// subscription made in the promise's executor is never ended: it stays on the service's
// Subject after the promise resolves, one more per call.
import { Injectable } from "@nestjs/common";
import { Subject, filter } from "rxjs";

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
    const matching$ = this.rates$.pipe(filter((r) => r.pair === pair));
    return new Promise<Rate>((resolve) => {
      matching$.subscribe((rate) => resolve(rate));
    });
  }
}
