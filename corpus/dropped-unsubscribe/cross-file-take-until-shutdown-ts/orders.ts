// Order updates for the whole process; `shutdown$` fires once, when the process stops.
import { Subject } from 'rxjs';
import { filter, takeUntil } from 'rxjs/operators';

export const orders$ = new Subject<{ id: string; status: string }>();
export const shutdown$ = new Subject<void>();

export function followOrder(id: string, fn: (status: string) => void): void {
  orders$
    .pipe(
      filter((order) => order.id === id),
      takeUntil(shutdown$),
    )
    .subscribe((order) => fn(order.status));
}
