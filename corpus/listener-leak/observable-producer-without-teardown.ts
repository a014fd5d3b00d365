// Wraps an emitter's events in an Observable, but the producer returns no teardown: every
// subscriber that unsubscribes leaves its listener, and itself, on the emitter.
import { Observable } from 'rxjs';
import type { EventEmitter } from 'node:events';

export function events<T>(source: EventEmitter, name: string): Observable<T> {
  return new Observable<T>((subscriber) => {
    source.on(name, (value: T) => subscriber.next(value)); // expect: listener-leak
  });
}
