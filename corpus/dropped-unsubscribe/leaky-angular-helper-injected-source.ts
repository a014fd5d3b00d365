// A helper subscribes to the user stream of the injected auth service and hands back the
// subscription; the header drops it, so each header ever shown stays subscribed.
import { Component, OnInit } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { AuthService, User } from './auth.service';

function follow<T>(source$: Observable<T>, next: (value: T) => void): Subscription {
  return source$.subscribe(next);
}

@Component({ selector: 'app-header', template: '{{ user?.name }}' })
export class HeaderComponent implements OnInit {
  user: User | null = null;

  constructor(private readonly auth: AuthService) {}

  ngOnInit(): void {
    follow(this.auth.user$, (u) => (this.user = u)); // expect: dropped-unsubscribe
  }
}
