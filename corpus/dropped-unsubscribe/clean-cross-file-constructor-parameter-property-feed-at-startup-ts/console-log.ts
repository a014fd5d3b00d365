// The process logs prices to stdout once, for its whole life: one subscription.
import { interval, map, share } from 'rxjs';
import { PriceTicker } from './ticker';

export const prices$ = interval(1000).pipe(map(() => Math.random() * 100), share());

new PriceTicker(prices$).pipeTo((line) => process.stdout.write(line));
