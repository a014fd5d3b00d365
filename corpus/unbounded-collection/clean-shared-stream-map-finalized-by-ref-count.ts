import { Observable, interval, finalize, map, shareReplay } from 'rxjs';

// One ticking clock per time zone, shared by every widget that shows it.
const clocks = new Map<string, Observable<string>>();

export function clock$(zone: string): Observable<string> {
  let clock = clocks.get(zone);
  if (!clock) {
    const format = new Intl.DateTimeFormat(undefined, { timeZone: zone, timeStyle: 'medium' });
    clock = interval(1000).pipe(
      map(() => format.format(new Date())),
      finalize(() => clocks.delete(zone)),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
    clocks.set(zone, clock);
  }
  return clock;
}
