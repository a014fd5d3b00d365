import { Observable, filter, share } from 'rxjs';
import { EventEmitter } from 'node:events';

export const sensors = new EventEmitter();

// One stream of sensor alerts for the whole process, shared by every subscriber.
const alerts$ = new Observable<{ site: string; level: number }>((subscriber) => {
  const forward = (alert: { site: string; level: number }) => subscriber.next(alert);
  sensors.on('alert', forward);
  return () => sensors.off('alert', forward);
}).pipe(share());

export function alertsFor(site: string): Observable<{ site: string; level: number }> {
  return alerts$.pipe(filter((a) => a.site === site));
}
