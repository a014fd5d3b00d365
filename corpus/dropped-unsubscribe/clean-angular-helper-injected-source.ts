// The same helper; the header keeps the subscription and ends it in ngOnDestroy.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { AuthService, User } from './auth.service';

function follow<T>(source$: Observable<T>, next: (value: T) => void): Subscription {
  return source$.subscribe(next);
}

@Component({ selector: 'app-header', template: '{{ user?.name }}' })
export class HeaderComponent implements OnInit, OnDestroy {
  user: User | null = null;
  private following?: Subscription;

  constructor(private readonly auth: AuthService) {}

  ngOnInit(): void {
    this.following = follow(this.auth.user$, (u) => (this.user = u));
  }

  ngOnDestroy(): void {
    this.following?.unsubscribe();
  }
}
