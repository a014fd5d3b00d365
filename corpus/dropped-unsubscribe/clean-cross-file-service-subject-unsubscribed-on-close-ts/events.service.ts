// One events service for the whole app: its Subject completes only when the module is torn down.
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject, filter } from 'rxjs';

export interface TenantEvent {
  tenantId: string;
  type: string;
}

@Injectable()
export class EventsService implements OnModuleDestroy {
  private readonly stream$ = new Subject<TenantEvent>();

  publish(event: TenantEvent): void {
    this.stream$.next(event);
  }

  forTenant(tenantId: string): Observable<TenantEvent> {
    return this.stream$.pipe(filter((event) => event.tenantId === tenantId));
  }

  onModuleDestroy(): void {
    this.stream$.complete();
  }
}
