import { Component, Injectable, OnDestroy, OnInit } from '@angular/core';
import { BehaviorSubject, Subject, takeUntil } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PresenceService {
  readonly online$ = new BehaviorSubject<string[]>([]);
}

@Component({ selector: 'app-presence', template: '<span>{{ count }}</span>' })
export class PresenceBadgeComponent implements OnInit, OnDestroy {
  count = 0;
  private readonly destroy$ = new Subject<void>();

  constructor(private readonly presence: PresenceService) {}

  ngOnInit(): void {
    this.presence.online$.pipe(takeUntil(this.destroy$)).subscribe((users) => { // expect: dropped-unsubscribe
      this.count = users.length;
    });
  }

  ngOnDestroy(): void {
    this.destroy$.complete();
  }
}
